package org.irtiqa.support.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.irtiqa.support.events.FinalStatusRule.Status;
import org.junit.jupiter.api.Test;

class FinalStatusRuleTest {

    private static final Instant NOON = Instant.parse("2026-12-01T08:00:00Z");
    private static final Status ENROLLED = new Status("ENROLLED", null);

    @Test
    void aFinalStatusReplacesEnrolledButEnrolledNeverReplacesAFinalOne() {
        var withdrawn = new Status("WITHDRAWN", NOON);

        assertThat(FinalStatusRule.supersedes(withdrawn, ENROLLED)).isTrue();
        assertThat(FinalStatusRule.supersedes(ENROLLED, withdrawn)).isFalse();
        assertThat(FinalStatusRule.supersedes(ENROLLED, null)).isTrue();
    }

    @Test
    void theEarliestFinalStatusByBusinessTimeWinsThenTheFirstName() {
        var completed = new Status("COMPLETED", NOON);
        var laterWithdrawn = new Status("WITHDRAWN", NOON.plusMillis(1));
        var sameTimeWithdrawn = new Status("WITHDRAWN", NOON);

        assertThat(FinalStatusRule.supersedes(completed, laterWithdrawn)).isTrue();
        assertThat(FinalStatusRule.supersedes(laterWithdrawn, completed)).isFalse();
        assertThat(FinalStatusRule.supersedes(completed, sameTimeWithdrawn)).isTrue();
        assertThat(FinalStatusRule.supersedes(sameTimeWithdrawn, completed)).isFalse();
        assertThat(FinalStatusRule.supersedes(completed, completed)).isFalse();
    }

    @Test
    void everyArrivalOrderFoldsToTheSameStatus() {
        long seed = System.nanoTime();
        System.out.println("FinalStatusRuleTest seed " + seed);
        var random = new Random(seed);
        List<Status> events = new ArrayList<>(List.of(
                ENROLLED,
                new Status("WITHDRAWN", NOON.plusSeconds(5)),
                new Status("COMPLETED", NOON.plusSeconds(3)),
                new Status("WITHDRAWN", NOON.plusSeconds(3))));
        for (int round = 0; round < 50; round++) {
            Collections.shuffle(events, random);
            Status folded = null;
            for (Status event : events) {
                if (FinalStatusRule.supersedes(event, folded)) {
                    folded = event;
                }
            }
            assertThat(folded).isEqualTo(new Status("COMPLETED", NOON.plusSeconds(3)));
        }
    }

    @Test
    void theSqlConditionNamesBothRowsColumns() {
        assertThat(FinalStatusRule.supersedesSql("excluded", "e"))
                .isEqualTo("(excluded.status <> 'ENROLLED' and (e.status = 'ENROLLED'"
                        + " or (excluded.status_at, excluded.status) < (e.status_at, e.status)))");
    }
}
