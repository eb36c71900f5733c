package org.irtiqa.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventIdsTest {

    @Test
    void makesVersion7UuidsWithTheCurrentTime() {
        long before = System.currentTimeMillis();
        UUID id = EventIds.next();
        long after = System.currentTimeMillis();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562 variant 10xx
        assertThat(EventIds.millisOf(id)).isBetween(before, after + 1);
    }

    @Test
    void idsAreStrictlyIncreasingInStringOrderEvenWithinOneMillisecond() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            ids.add(EventIds.next().toString());
        }
        for (int i = 1; i < ids.size(); i++) {
            assertThat(ids.get(i)).as("id %d", i).isGreaterThan(ids.get(i - 1));
        }
        assertThat(new HashSet<>(ids)).hasSize(ids.size());
    }

    @Test
    void instantsAreTruncatedToMilliseconds() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T05:00:00.123456789Z"), ZoneOffset.UTC);
        assertThat(Instants.now(clock)).isEqualTo(Instant.parse("2026-12-01T05:00:00.123Z"));
        assertThat(Instants.truncate(null)).isNull();
    }

    @Test
    void metadataCarriesSourceTimeAndTheCurrentCorrelationId() {
        Clock clock = Clock.fixed(Instant.parse("2026-12-01T05:00:00.123456Z"), ZoneOffset.UTC);
        var factory = new EventMetadataFactory(clock, "registration-service");

        var outside = factory.next();
        try (var scope = CorrelationIds.open("corr-1")) {
            var inside = factory.next();
            assertThat(inside.getCorrelationId()).isEqualTo("corr-1");
            assertThat(inside.getOccurredAt()).isEqualTo(Instant.parse("2026-12-01T05:00:00.123Z"));
            assertThat(inside.getSource()).isEqualTo("registration-service");
            assertThat(inside.getEventId().version()).isEqualTo(7);
        }
        assertThat(outside.getCorrelationId()).isNull();
        assertThat(CorrelationIds.current()).isNull();
    }
}
