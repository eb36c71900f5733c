package org.irtiqa.analytics.readiness;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One enrolment's progress (readiness-metrics.md, "Participants: progress and risk"): names from
 * the participant's events (never an e-mail), attendance over the held sessions of its cohort,
 * per theme its latest and baseline scores, and the at-risk flags (ENROLLED only).
 */
public record ParticipantProgress(
        UUID enrolmentId,
        UUID participantId,
        String displayNameEn,
        String displayNameAr,
        String level,
        String cohortCode,
        String status,
        long attended,
        long expected,
        Double attendanceRate,
        Double proficiency,
        Map<String, ThemeProgress> themes,
        List<RiskFlag> flags,
        boolean atRisk) {

    /** latest − baseline as growth when both exist. */
    public record ThemeProgress(Double latest, Double baseline, Double growth) {}

    /** The flags in the order readiness-metrics.md lists them. */
    public enum RiskFlag {
        LOW_ATTENDANCE,
        MISSED_RECENT,
        NO_BASELINE,
        LOW_PROFICIENCY,
        DECLINING
    }
}
