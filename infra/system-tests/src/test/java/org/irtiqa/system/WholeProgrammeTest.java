package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.irtiqa.demo.Programme;
import org.junit.jupiter.api.Test;

/**
 * A whole programme (six institutions, eight weeks: every stage of a cohort's life) through the
 * public APIs only, then every figure analytics serves against the independent computation.
 */
class WholeProgrammeTest {

    private final Platform platform = Platform.shared();

    @Test
    void analyticsServesExactlyTheFiguresOfReadinessMetricsForAWholeProgramme() {
        Programme programme = Programmes.generate("WP", 11, 6, 8);
        Programmes.loader(platform, System.out::println).importingParticipants().load(programme);

        Expectations.awaitAnalyticsMatchesLedger(platform.api("analytics-service"));

        Api.Response roster = platform.api("scheduling-service").get("/api/cohorts/WP-C2026-1/roster");
        assertThat(roster.body().get("items")).hasSize((int) programme.enrolments().stream()
                .filter(Programme.Enrolment::active)
                .count());
    }
}
