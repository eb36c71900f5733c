package org.irtiqa.analytics.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.analytics.programme.TestCorrections.*;
import static org.irtiqa.analytics.programme.TestEvents.*;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Sector;
import org.irtiqa.events.Theme;
import org.irtiqa.events.analytics.InstitutionReadinessChanged;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.testkit.Tokens;
import org.irtiqa.testkit.TopicReader;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

/**
 * Institutions renamed and moved, a cohort edited, and corrections that reach analytics before the
 * facts they correct. MUSANDAM and AL_BURAIMI are used by no other test of this JVM, so their
 * governorate figures are this test's alone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = LocalStackInitializer.class)
class CorrectedInstitutionsTest extends CorrectionsIntake {

    private static final Instant T = Instant.parse("2026-11-12T06:00:00Z");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aRenamedInstitutionShowsItsNewNameInTheFiguresAndOnTheReadinessTopic() {
        String code = code("RENAME");
        send(institution(code, Governorate.MUSCAT, T));
        send(enrolled(UUID.randomUUID(), UUID.randomUUID(), code, "C-R", LeadershipLevel.TOP_LEADERSHIP, T));
        awaitFigures(port, code, "{nameEn: 'Institution " + code + "', enrolled: 1}");

        send(institutionUpdated(
                code, "Ministry of Renewal", Governorate.MUSCAT, Sector.MINISTRY, 1, T.plusSeconds(60)));
        awaitFigures(port, code, "{nameEn: 'Ministry of Renewal', governorate: MUSCAT, enrolled: 1}");
        TopicReader.await(
                "analytics.readiness.v1",
                e -> e.key().equals(code)
                        && ((InstitutionReadinessChanged) e.value()).getNameEn().equals("Ministry of Renewal"));
    }

    @Test
    void aGovernorateChangeMovesTheInstitutionsFiguresToTheNewGovernorate() {
        String code = code("MOVE");
        send(institution(code, Governorate.MUSANDAM, T));
        for (LeadershipLevel level :
                new LeadershipLevel[] {LeadershipLevel.TOP_LEADERSHIP, LeadershipLevel.EXECUTIVE_TEAM}) {
            send(enrolled(UUID.randomUUID(), UUID.randomUUID(), code, "C-M", level, T));
        }
        awaitJson(port, "/api/readiness/governorates/MUSANDAM", "{institutions: 1, enrolled: 2, levelCoverage: 0.5}");

        send(institutionUpdated(code, "Moved", Governorate.AL_BURAIMI, Sector.GOVERNORATE, 1, T.plusSeconds(60)));
        awaitJson(port, "/api/readiness/governorates/AL_BURAIMI", "{institutions: 1, enrolled: 2, levelCoverage: 0.5}");
        Tokens.client(port, Tokens.ADMIN)
                .get()
                .uri("/api/readiness/governorates/MUSANDAM")
                .exchange()
                .expectStatus()
                .isNotFound();
        awaitFigures(port, code, "{governorate: AL_BURAIMI, enrolled: 2}");
    }

    @Test
    void correctionsSentBeforeTheFactsTheyCorrectWaitForThem() {
        var x = new Leader(code("EARLY"), "C-EARLY-" + System.nanoTime());
        UUID baseline = UUID.randomUUID(), mistaken = UUID.randomUUID(), session = UUID.randomUUID();
        // every correction first, each at a revision above its fact's
        send(institutionUpdated(x.institution(), "Corrected first", Governorate.MUSCAT, Sector.AUTHORITY, 1, T));
        send(participantUpdated(x.participant(), x.institution(), LeadershipLevel.SENIOR_MANAGEMENT, "L", 1, T));
        send(corrected(baseline, x.participant(), x.enrolment(), x.institution(), x.cohort(), 40, 1, T.plusSeconds(5)));
        send(retracted(mistaken, x.participant(), x.enrolment(), x.institution(), x.cohort(), 1, T.plusSeconds(6)));
        send(revoked(session, x.participant(), x.enrolment(), x.institution(), x.cohort(), 1, T.plusSeconds(7)));
        awaitFigures(
                port,
                x.institution(),
                "{nameEn: 'Corrected first', enrolled: 0, lastEventAt: '2026-11-12T06:00:00.000Z'}");

        // then the facts, with later clocks
        Instant later = T.plusSeconds(600);
        send(institution(x.institution(), Governorate.DHOFAR, later));
        send(participantRegistered(x.participant(), x.institution(), LeadershipLevel.TOP_LEADERSHIP, later));
        send(enrolled(
                x.enrolment(), x.participant(), x.institution(), x.cohort(), LeadershipLevel.TOP_LEADERSHIP, later));
        send(scheduled(session, x.cohort(), later));
        send(sessionCompleted(session, x.cohort(), later));
        send(attended(session, x.participant(), x.enrolment(), x.institution(), x.cohort(), later));
        send(x.assessed(baseline, Theme.RISK_MANAGEMENT, AssessmentKind.BASELINE, 4, later));
        send(x.assessed(mistaken, Theme.RISK_MANAGEMENT, AssessmentKind.FINAL, 99, later));
        send(x.assessed(UUID.randomUUID(), Theme.RISK_MANAGEMENT, AssessmentKind.MODULE, 70, later.minusSeconds(1)));

        awaitFigures(
                port,
                x.institution(),
                "{nameEn: 'Corrected first', governorate: MUSCAT, enrolled: 1, levelCoverage: 0.25,"
                        + " expectedAttendance: 1, attended: 0, themeScores: {RISK_MANAGEMENT: 70.0}, growth: 30.0,"
                        + " lastEventAt: '2026-11-12T06:10:00.000Z'}");
    }

    /**
     * A cohort no one is enrolled in changes no cell, so nothing is published for it: the answers
     * kept by version (ViewCache) are out of date only because the batch that upserted its row
     * moved the version on. The list is read first, so that a kept answer exists to go stale.
     */
    @Test
    void aCohortWithNoEnrolmentIsListedAndRenamedAsSoonAsItsEventsAreApplied() {
        String code = code("EMPTY-COHORT");
        LocalDate start = LocalDate.of(2026, 10, 1);
        String path = "/api/readiness/cohorts/" + code;
        Tokens.client(port, Tokens.ADMIN)
                .get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isNotFound();

        send(cohortCreated(code, start, start.plusMonths(4), T));
        awaitJson(port, path, "{cohortCode: '" + code + "', nameEn: 'Cohort " + code + "', enrolled: 0}");

        send(cohortUpdated(code, "Renamed before anyone enrolled", start, start.plusMonths(4), 1, T.plusSeconds(60)));
        awaitJson(port, path, "{nameEn: 'Renamed before anyone enrolled', enrolled: 0}");
    }

    @Test
    void aCohortKeepsTheNamesAndDatesOfItsWinningEvent() {
        String code = code("COHORT");
        LocalDate start = LocalDate.of(2026, 9, 1);
        send(cohortUpdated(code, "Second edit", start, start.plusMonths(5), 2, T));
        send(cohortUpdated(code, "First edit", start, start.plusMonths(6), 1, T.plusSeconds(60)));
        send(cohortCreated(code, start, start.plusMonths(4), T.plusSeconds(120)));

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                        jdbc.sql("select name_en, starts_on, ends_on, revision from cohort where code = ?")
                                .param(code)
                                .query()
                                .listOfRows())
                .singleElement()
                .satisfies(row -> assertThat(Map.copyOf(row))
                        .containsEntry("name_en", "Second edit")
                        .containsEntry("starts_on", java.sql.Date.valueOf(start))
                        .containsEntry("ends_on", java.sql.Date.valueOf(start.plusMonths(5)))
                        .containsEntry("revision", 2L)));
    }
}
