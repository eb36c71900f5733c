package org.irtiqa.analytics.readiness;

import java.time.Instant;
import java.util.Map;

/**
 * The figures of readiness-metrics.md for one group of enrolments. Attendance, assessment and
 * index figures are null until the scheduling events are folded in (issue 5).
 */
public record Readiness(
        long enrolled,
        long completed,
        long withdrawn,
        Long expectedAttendance,
        Long attended,
        Double attendanceRate,
        Double proficiency,
        Double growth,
        Double completionRate,
        double levelCoverage,
        Double readinessIndex,
        Map<String, Double> themeScores,
        Instant lastEventAt) {}
