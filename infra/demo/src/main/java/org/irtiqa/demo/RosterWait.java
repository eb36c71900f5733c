package org.irtiqa.demo;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Waits for scheduling's roster, which follows registration's events, to show the enrolments a
 * stage needs, so its writes do not meet a roster still catching up.
 */
final class RosterWait {

    private final Http scheduling;
    private final ServerIds ids;

    RosterWait(Http scheduling, ServerIds ids) {
        this.scheduling = scheduling;
        this.ids = ids;
    }

    /** Waits until the cohort's roster on scheduling holds exactly these enrolments. */
    void await(String cohortCode, List<String> enrolmentKeys) {
        Set<String> expected = new HashSet<>();
        enrolmentKeys.forEach(k -> expected.add(ids.get(k).toString()));
        Instant deadline = Instant.now().plus(Retries.STEP_DEADLINE);
        Set<String> seen = Set.of();
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Response roster = scheduling.get("/api/cohorts/" + cohortCode + "/roster");
                if (roster.status() == 200) {
                    seen = new HashSet<>();
                    for (JsonNode entry : roster.body().get("items")) {
                        seen.add(entry.get("enrolmentId").asString());
                    }
                    if (seen.equals(expected)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // scheduling restarting: try again
            }
            Retries.sleep(250);
        }
        throw new IllegalStateException("Scheduling's roster of " + cohortCode + " did not catch up within "
                + Retries.STEP_DEADLINE + ": " + seen.size() + " of " + expected.size() + " enrolments");
    }
}
