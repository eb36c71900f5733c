package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.time.LocalDate;
import org.irtiqa.support.security.InstitutionScope;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.csv.CsvItems;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.AbstractOAuth2TokenAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The read-only readiness API of api.md; figures as readiness-metrics.md defines them, suppressed
 * for small groups as the caller's roles say (SmallGroups). The lists are the answers of
 * {@link ViewCache}, the same instance while nothing they depend on moved, so they are sent with
 * {@link CsvItems#answeredAgain} and their JSON is written once.
 */
@RestController
@RequestMapping("/api/readiness")
class ReadinessController {

    private static final String JSON = MediaType.APPLICATION_JSON_VALUE;
    private static final String CSV = CsvItems.TEXT_CSV_VALUE;

    private final ReadinessQueries queries;
    private final ParticipantQueries participants;
    private final HistoryQueries history;
    private final ReadinessStream stream;
    private final InstitutionScope scope;

    ReadinessController(
            ReadinessQueries queries,
            ParticipantQueries participants,
            HistoryQueries history,
            ReadinessStream stream,
            InstitutionScope scope) {
        this.queries = queries;
        this.stream = stream;
        this.history = history;
        this.participants = participants;
        this.scope = scope;
    }

    @GetMapping("/programme")
    Readiness programme() {
        return queries.programme(audience());
    }

    /** Every known institution; with {@code cohortCode}, those with an enrolment in it, and their part of it. */
    @GetMapping(
            path = "/institutions",
            produces = {JSON, CSV})
    CsvItems<InstitutionReadiness> institutions(@RequestParam(required = false) String cohortCode) {
        requireCohort(cohortCode);
        return CsvItems.answeredAgain(
                queries.institutions(audience(), cohortCode), ReadinessColumns.INSTITUTIONS, "institutions");
    }

    @GetMapping("/institutions/{code}")
    InstitutionReadiness institution(@PathVariable String code, @RequestParam(required = false) String cohortCode) {
        requireCohort(cohortCode);
        return queries.institution(audience(), code, cohortCode).orElseThrow(() -> unknownInstitution(code));
    }

    /** Programme admins and the institution's own coordinator only (the access table and the scope). */
    @GetMapping(
            path = "/institutions/{code}/participants",
            produces = {JSON, CSV})
    CsvItems<ParticipantProgress> participants(
            @PathVariable String code,
            @RequestParam(required = false) String cohortCode,
            @RequestParam(required = false) Boolean atRisk) {
        scope.requireInstitution(code);
        requireCohort(cohortCode);
        if (queries.institution(audience(), code, null).isEmpty()) {
            throw unknownInstitution(code);
        }
        return CsvItems.of(
                participants.of(code, cohortCode, Boolean.TRUE.equals(atRisk)),
                ReadinessColumns.PARTICIPANTS,
                code + "-participants");
    }

    @GetMapping(
            path = "/governorates",
            produces = {JSON, CSV})
    CsvItems<GovernorateReadiness> governorates() {
        return CsvItems.answeredAgain(queries.governorates(audience()), ReadinessColumns.GOVERNORATES, "governorates");
    }

    /** Case-sensitive enum name; 404 unless the governorate has known institutions. */
    @GetMapping("/governorates/{governorate}")
    GovernorateReadiness governorate(@PathVariable String governorate) {
        return queries.governorate(audience(), governorate)
                .orElseThrow(() -> new NotFoundException(
                        "No institution of governorate " + governorate + " is known to analytics."));
    }

    @GetMapping(
            path = "/cohorts",
            produces = {JSON, CSV})
    CsvItems<CohortReadiness> cohorts() {
        return CsvItems.answeredAgain(queries.cohorts(audience()), ReadinessColumns.COHORTS, "cohorts");
    }

    @GetMapping("/cohorts/{code}")
    CohortReadiness cohort(@PathVariable String code) {
        return queries.cohort(audience(), code).orElseThrow(() -> unknownCohort(code));
    }

    @GetMapping(
            path = "/programme/history",
            produces = {JSON, CSV})
    CsvItems<HistoryEntry> programmeHistory(
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        return history(HistoryQueries.Scope.PROGRAMME, null, from, to, "programme-history");
    }

    @GetMapping(
            path = "/institutions/{code}/history",
            produces = {JSON, CSV})
    CsvItems<HistoryEntry> institutionHistory(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        if (queries.institution(audience(), code, null).isEmpty()) {
            throw unknownInstitution(code);
        }
        return history(HistoryQueries.Scope.INSTITUTION, code, from, to, code + "-history");
    }

    @GetMapping(
            path = "/governorates/{governorate}/history",
            produces = {JSON, CSV})
    CsvItems<HistoryEntry> governorateHistory(
            @PathVariable String governorate,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        governorate(governorate);
        return history(HistoryQueries.Scope.GOVERNORATE, governorate, from, to, governorate + "-history");
    }

    @GetMapping(
            path = "/cohorts/{code}/history",
            produces = {JSON, CSV})
    CsvItems<HistoryEntry> cohortHistory(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate to) {
        requireCohort(code);
        return history(HistoryQueries.Scope.COHORT, code, from, to, code + "-history");
    }

    /**
     * Server-Sent Events: the institutions whose figures as this caller sees them changed; closed
     * when the caller's token expires (the dashboard's EventSource then reconnects with its session).
     */
    @GetMapping(path = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream() {
        Instant expiresAt = SecurityContextHolder.getContext().getAuthentication()
                        instanceof AbstractOAuth2TokenAuthenticationToken<?> token
                ? token.getToken().getExpiresAt()
                : null;
        return stream.subscribe(audience(), expiresAt);
    }

    /** The weights, bands, suppression and at-risk rules the figures are computed with. */
    @GetMapping("/method")
    MethodDescription method() {
        return MethodDescription.CURRENT;
    }

    private CsvItems<HistoryEntry> history(
            HistoryQueries.Scope scope, String key, LocalDate from, LocalDate to, String filename) {
        return CsvItems.answeredAgain(history.of(scope, key, from, to, audience()), ReadinessColumns.HISTORY, filename);
    }

    private SmallGroups audience() {
        return SmallGroups.of(scope.caller());
    }

    private void requireCohort(String cohortCode) {
        if (cohortCode != null && !queries.cohortKnown(cohortCode)) {
            throw unknownCohort(cohortCode);
        }
    }

    private static NotFoundException unknownInstitution(String code) {
        return new NotFoundException("No institution with code " + code + " is known to analytics.");
    }

    private static NotFoundException unknownCohort(String code) {
        return new NotFoundException("No cohort with code " + code + " is known to analytics.");
    }
}
