package org.irtiqa.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventOrderTest {

    private static final Instant NOON = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void theHigherRevisionWinsEvenWhenItsClockWasBehind() {
        var first = new EventOrder(1, NOON, EventIds.next());
        var second = new EventOrder(2, NOON.minusSeconds(30), EventIds.next());

        assertThat(second.supersedes(first)).isTrue();
        assertThat(first.supersedes(second)).isFalse();
    }

    @Test
    void aTieOnRevisionGoesToTheLaterEventThenToTheGreaterId() {
        var earlier = new EventOrder(3, NOON, EventIds.next());
        var later = new EventOrder(3, NOON.plusMillis(1), EventIds.next());
        assertThat(later.supersedes(earlier)).isTrue();

        // Java's UUID.compareTo is signed: these two would sort the other way round.
        var low = new EventOrder(3, NOON, UUID.fromString("7fffffff-ffff-7fff-bfff-ffffffffffff"));
        var high = new EventOrder(3, NOON, UUID.fromString("80000000-0000-7000-8000-000000000000"));
        assertThat(high.supersedes(low)).isTrue();
        assertThat(low.supersedes(high)).isFalse();
        assertThat(low.supersedes(low)).isFalse();
    }

    @Test
    void nothingStoredIsSupersededByAnyEvent() {
        assertThat(new EventOrder(0, NOON, EventIds.next()).supersedes(null)).isTrue();
    }

    @Test
    void everyArrivalOrderFoldsToTheSameWinner() {
        var events = new ArrayList<EventOrder>();
        for (int i = 0; i < 20; i++) {
            events.add(new EventOrder(i % 4, NOON.plusMillis(i % 3), EventIds.next()));
        }
        EventOrder expected = Collections.max(events);
        var random = new Random(7);
        for (int round = 0; round < 50; round++) {
            Collections.shuffle(events, random);
            assertThat(fold(events)).isEqualTo(expected);
        }
    }

    @Test
    void theSqlConditionNamesTheThreeColumnsOfBothRows() {
        assertThat(EventOrder.supersedesSql("excluded", "institution"))
                .isEqualTo("(excluded.revision, excluded.occurred_at, excluded.event_id)"
                        + " > (institution.revision, institution.occurred_at, institution.event_id)");
    }

    private static EventOrder fold(List<EventOrder> events) {
        EventOrder state = null;
        for (EventOrder event : events) {
            if (event.supersedes(state)) {
                state = event;
            }
        }
        return state;
    }
}
