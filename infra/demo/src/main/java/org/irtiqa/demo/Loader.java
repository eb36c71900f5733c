package org.irtiqa.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.irtiqa.demo.Programme.Stage;
import org.irtiqa.demo.Programme.Step;
import tools.jackson.databind.JsonNode;

/**
 * Sends a {@link Programme} through the public HTTP APIs only: registration first, then
 * scheduling. Every write carries an {@code Idempotency-Key} made from the programme's tag and
 * the step's place in the plan, so a write retried after a timeout, a refused connection or a
 * 5xx has one effect, and so does the whole load run again after an interruption. A 422 from
 * scheduling may be a roster still catching up with registration's events: it is retried with
 * back-off too. Before a stage that needs it, the loader waits until scheduling's roster shows
 * exactly the enrolments the plan expects.
 *
 * <p>This class runs the stages; {@link StepSender} sends a step, {@link ParticipantImport} a
 * stage of participants as one CSV, {@link Retries} retries, and {@link RosterWait} waits for the
 * roster.
 */
public final class Loader {

    private final int parallelism;
    private final Consumer<String> progress;
    private final ServerIds ids = new ServerIds();
    private final StepSender stepSender;
    private final ParticipantImport participantImport;
    private final RosterWait rosterWait;

    private boolean importParticipants;

    public Loader(Http registration, Http scheduling, int parallelism, Consumer<String> progress) {
        this.parallelism = parallelism;
        this.progress = progress;
        this.stepSender = new StepSender(registration, scheduling, ids);
        this.participantImport = new ParticipantImport(registration, ids);
        this.rosterWait = new RosterWait(scheduling, ids);
    }

    /**
     * Registers a stage of participants with one CSV import ({@code POST /api/participants/import},
     * all or nothing) instead of one POST each, then learns their ids from the participant lists.
     */
    public Loader importingParticipants() {
        importParticipants = true;
        return this;
    }

    /** The server's id of a participant, enrolment, session or assessment key, once loaded. */
    public UUID id(String key) {
        return ids.get(key);
    }

    public void load(Programme programme) {
        int number = 0;
        for (Stage stage : programme.stages()) {
            number++;
            long started = System.nanoTime();
            run(programme, stage);
            progress.accept("demo: %2d/%d %s (%d writes) in %.1f s"
                    .formatted(
                            number,
                            programme.stages().size(),
                            stage.name(),
                            stage.steps().size(),
                            (System.nanoTime() - started) / 1e9));
        }
    }

    /** Runs one stage: waits for the roster it needs, then sends its steps, {@code parallelism} at a time. */
    public void run(Programme programme, Stage stage) {
        if (stage.roster() != null) {
            stage.roster().forEach(rosterWait::await);
        }
        int offset = 0;
        for (Stage s : programme.stages()) {
            if (s == stage) {
                break;
            }
            offset += s.steps().size();
        }
        if (importParticipants && ParticipantImport.canImport(stage)) {
            participantImport.run(stage, programme.tag() + "/" + offset + "-import");
            return;
        }
        Semaphore permits = new Semaphore(parallelism);
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < stage.steps().size(); i++) {
                Step step = stage.steps().get(i);
                String key = programme.tag() + "/" + (offset + i);
                permits.acquireUninterruptibly();
                running.add(executor.submit(() -> {
                    try {
                        stepSender.send(step, key);
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * POSTs until a 2xx, retrying (same key, same body) what may pass later: no connection, a
     * timeout, a 5xx, a repeat still in flight, and from scheduling a 422 (its roster catching up).
     */
    public static JsonNode write(Http service, String path, Object body, String idempotencyKey) {
        return Retries.write(service, path, body, idempotencyKey);
    }
}
