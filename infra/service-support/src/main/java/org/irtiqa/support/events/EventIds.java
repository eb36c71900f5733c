package org.irtiqa.support.events;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48-bit Unix milliseconds, then a 12-bit counter in {@code rand_a},
 * then 62 random bits. Time-ordered ids keep the consumers' dedup indexes growing at one end
 * (field-notes.md measured ~2x faster inserts than random UUIDv4).
 *
 * <p>Monotonic within a JVM (RFC 9562 §6.2, method 1): ids made in the same millisecond take the
 * next counter value; when the counter runs out, or the clock steps back, the timestamp is moved
 * one millisecond ahead of the last one issued, so every id sorts after the previous one (in
 * unsigned byte order, which is PostgreSQL's and the canonical string's order).
 */
public final class EventIds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int COUNTER_MAX = 0xFFF;

    private static long lastMillis = -1;
    private static int counter;

    private EventIds() {}

    /** A new UUID version 7, also used for entity ids. */
    public static UUID next() {
        long millis;
        int seq;
        synchronized (EventIds.class) {
            long now = System.currentTimeMillis();
            if (now > lastMillis) {
                lastMillis = now;
                // start low in the counter space so that a burst in one millisecond rarely overflows
                counter = RANDOM.nextInt(COUNTER_MAX / 2);
            } else if (counter < COUNTER_MAX) {
                counter++;
            } else {
                lastMillis++;
                counter = 0;
            }
            millis = lastMillis;
            seq = counter;
        }
        long msb = (millis << 16) | (0x7L << 12) | seq;
        long lsb = (RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** The Unix milliseconds embedded in a version 7 UUID. */
    public static long millisOf(UUID uuidV7) {
        if (uuidV7.version() != 7) {
            throw new IllegalArgumentException("not a UUID version 7: " + uuidV7);
        }
        return uuidV7.getMostSignificantBits() >>> 16;
    }
}
