package org.irtiqa.support.outbox;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Per-shard exponential back-off after a failed send (100 ms doubling, capped at 5 s), so that a
 * broker outage costs a few attempts per shard rather than a busy loop, and a shard is retried
 * promptly once the broker is back.
 */
final class RelayBackoff {

    private static final long FIRST_MILLIS = 100;
    private static final long CAP_MILLIS = 5_000;

    private final long[] retryAt;
    private final long[] delay;

    RelayBackoff(int shards) {
        retryAt = new long[shards];
        delay = new long[shards];
    }

    List<Integer> ready(Collection<Integer> owned) {
        long now = System.nanoTime();
        return owned.stream()
                .filter(s -> delay[s] == 0 || now - retryAt[s] >= 0)
                .toList();
    }

    /** Only the shards that were attempted: a shard still waiting keeps its delay. */
    void record(Set<Integer> failed, Collection<Integer> attempted) {
        long now = System.nanoTime();
        for (int shard : attempted) {
            if (failed.contains(shard)) {
                delay[shard] = delay[shard] == 0 ? FIRST_MILLIS : Math.min(delay[shard] * 2, CAP_MILLIS);
                retryAt[shard] = now + delay[shard] * 1_000_000;
            } else {
                delay[shard] = 0;
            }
        }
    }

    /** How long the relay may sleep: the poll interval, or less when a back-off ends sooner. */
    long waitMillis(long pollMillis, Collection<Integer> owned) {
        long now = System.nanoTime();
        long wait = pollMillis;
        for (int s : owned) {
            if (delay[s] > 0) {
                wait = Math.min(wait, Math.max(1, (retryAt[s] - now) / 1_000_000));
            }
        }
        return wait;
    }
}
