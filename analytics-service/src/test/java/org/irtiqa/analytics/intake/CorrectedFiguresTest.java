package org.irtiqa.analytics.intake;

import static org.irtiqa.analytics.programme.TestCorrections.*;
import static org.irtiqa.analytics.programme.TestEvents.*;

import java.time.Instant;
import java.util.UUID;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

/**
 * Corrections of scores, attendance and levels reach the figures (readiness-metrics.md
 * "Corrections"): real events in through Kafka, an institution's figures out through HTTP, first
 * as recorded and then as corrected.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class CorrectedFiguresTest extends CorrectionsIntake {

    private static final Instant T = Instant.parse("2026-11-10T06:00:00Z");

    @LocalServerPort
    int port;

    @Test
    void aCorrectedBaselineGivesTheCorrectedGrowthAndTheHighestRevisionWins() {
        var x = new Leader(code("GROWTH"), "C-GROWTH");
        UUID baseline = UUID.randomUUID();
        send(institution(x.institution(), Governorate.MUSCAT, T));
        send(enrolled(x.enrolment(), x.participant(), x.institution(), x.cohort(), LeadershipLevel.TOP_LEADERSHIP, T));
        send(x.assessed(baseline, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 4, T.plusSeconds(60)));
        send(x.assessed(UUID.randomUUID(), Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 70, T.plusSeconds(120)));
        awaitFigures(port, x.institution(), "{growth: 66.0, themeScores: {RISK_MANAGEMENT: 70.0}}");

        send(corrected(
                baseline, x.participant(), x.enrolment(), x.institution(), x.cohort(), 40, 1, T.plusSeconds(300)));
        awaitFigures(port, x.institution(), "{growth: 30.0}");

        // a second correction whose producer's clock was behind: its revision still wins
        send(corrected(
                baseline, x.participant(), x.enrolment(), x.institution(), x.cohort(), 45, 2, T.plusSeconds(200)));
        awaitFigures(port, x.institution(), "{growth: 25.0, lastEventAt: '2026-11-10T06:05:00.000Z'}");
    }

    @Test
    void aRetractedAssessmentDisappearsFromTheFigures() {
        var x = new Leader(code("RETRACT"), "C-RETRACT");
        UUID mistaken = UUID.randomUUID();
        send(institution(x.institution(), Governorate.MUSCAT, T));
        send(enrolled(x.enrolment(), x.participant(), x.institution(), x.cohort(), LeadershipLevel.TOP_LEADERSHIP, T));
        send(x.assessed(mistaken, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 90, T.plusSeconds(60)));
        send(x.assessed(UUID.randomUUID(), Theme.LIFE_EVENT_JOURNEYS, AssessmentKind.MODULE, 60, T.plusSeconds(60)));
        awaitFigures(port, x.institution(), "{proficiency: 75.0}");

        send(retracted(mistaken, x.participant(), x.enrolment(), x.institution(), x.cohort(), 1, T.plusSeconds(400)));
        awaitFigures(
                port,
                x.institution(),
                "{themeScores: {LIFE_EVENT_JOURNEYS: 60.0}, proficiency: 60.0, lastEventAt: '2026-11-10T06:06:40.000Z'}",
                "$.themeScores.RISK_MANAGEMENT");

        // final: a correction after the retraction brings nothing back
        send(corrected(
                mistaken, x.participant(), x.enrolment(), x.institution(), x.cohort(), 95, 2, T.plusSeconds(500)));
        awaitFigures(
                port,
                x.institution(),
                "{themeScores: {LIFE_EVENT_JOURNEYS: 60.0}, lastEventAt: '2026-11-10T06:08:20.000Z'}",
                "$.themeScores.RISK_MANAGEMENT");
    }

    @Test
    void aRevokedAttendanceLowersTheRateUntilItIsRecordedAgain() {
        var x = new Leader(code("REVOKE"), "C-REVOKE-" + System.nanoTime());
        UUID first = UUID.randomUUID(), second = UUID.randomUUID();
        send(institution(x.institution(), Governorate.MUSCAT, T));
        send(enrolled(x.enrolment(), x.participant(), x.institution(), x.cohort(), LeadershipLevel.TOP_LEADERSHIP, T));
        for (UUID session : new UUID[] {first, second}) {
            send(scheduled(session, x.cohort(), T.plusSeconds(10)));
            send(sessionCompleted(session, x.cohort(), T.plusSeconds(20)));
            send(attended(session, x.participant(), x.enrolment(), x.institution(), x.cohort(), T.plusSeconds(30)));
        }
        awaitFigures(port, x.institution(), "{expectedAttendance: 2, attended: 2, attendanceRate: 1.0}");

        send(revoked(second, x.participant(), x.enrolment(), x.institution(), x.cohort(), 1, T.plusSeconds(40)));
        awaitFigures(port, x.institution(), "{attended: 1, attendanceRate: 0.5}");

        send(attended(second, x.participant(), x.enrolment(), x.institution(), x.cohort(), 2, T.plusSeconds(50)));
        awaitFigures(port, x.institution(), "{attended: 2, attendanceRate: 1.0}");
    }

    @Test
    void aCorrectedLevelCorrectsTheLevelCoverage() {
        String code = code("LEVEL");
        var top = new Leader(code, "C-LEVEL");
        var team = new Leader(code, "C-LEVEL");
        send(institution(code, Governorate.MUSCAT, T));
        send(participantRegistered(top.participant(), code, LeadershipLevel.TOP_LEADERSHIP, T));
        send(enrolled(top.enrolment(), top.participant(), code, top.cohort(), LeadershipLevel.TOP_LEADERSHIP, T));
        send(enrolled(team.enrolment(), team.participant(), code, team.cohort(), LeadershipLevel.EXECUTIVE_TEAM, T));
        awaitFigures(port, code, "{enrolled: 2, levelCoverage: 0.5}");

        // the participant's level now differs from what its enrolment carried: the participant's counts
        send(participantUpdated(
                top.participant(), code, LeadershipLevel.EXECUTIVE_TEAM, "Leader", 1, T.plusSeconds(60)));
        awaitFigures(port, code, "{enrolled: 2, levelCoverage: 0.25}");
    }
}
