package org.irtiqa.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.irtiqa.demo.Http;
import org.irtiqa.demo.Loader;
import org.irtiqa.demo.Programme;
import org.irtiqa.demo.ProgrammeGenerator;

/** Seeded programmes for the system tests, loaded over the public APIs and recorded in the {@link Ledger}. */
final class Programmes {

    private Programmes() {}

    /** A small programme whose codes start with {@code prefix} (unique per test), recorded in the ledger. */
    static Programme generate(String prefix, long seed, int institutions, int weeks) {
        Programme programme =
                ProgrammeGenerator.generate(new ProgrammeGenerator.Spec(seed, institutions, weeks, prefix));
        Ledger.record(programme);
        return programme;
    }

    static Loader loader(Platform platform, Consumer<String> progress) {
        return new Loader(
                new Http(platform.process("registration-service").url(), platform.signIn()),
                new Http(platform.process("scheduling-service").url(), platform.signIn()),
                4,
                progress);
    }

    /**
     * Loads in the background; {@code afterStage(n)} is reached once the programme's first n stages
     * are written, so a test can break something while the rest is still being sent.
     */
    static Background loadInBackground(Platform platform, Programme programme) {
        return new Background(platform, programme);
    }

    static final class Background {

        private final CountDownLatch[] stagesDone;
        private final CompletableFuture<Void> done;

        private Background(Platform platform, Programme programme) {
            stagesDone = new CountDownLatch[programme.stages().size() + 1];
            for (int i = 0; i < stagesDone.length; i++) {
                stagesDone[i] = new CountDownLatch(1);
            }
            stagesDone[0].countDown();
            int[] finished = {0};
            Loader loader = loader(platform, line -> {
                System.out.println(programme.tag() + " " + line);
                stagesDone[++finished[0]].countDown();
            });
            done = CompletableFuture.runAsync(
                    () -> loader.load(programme), task -> Thread.ofPlatform().start(task));
        }

        void awaitStages(int n) throws InterruptedException {
            while (!stagesDone[n].await(1, java.util.concurrent.TimeUnit.SECONDS)) {
                if (done.isCompletedExceptionally()) {
                    done.join(); // throws the loader's failure
                }
            }
        }

        void awaitDone() {
            done.join();
        }
    }
}
