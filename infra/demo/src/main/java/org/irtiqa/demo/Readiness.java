package org.irtiqa.demo;

import java.util.Map;

/**
 * The figures of readiness-metrics.md for one group of enrolments, as {@link Figures} gives them:
 * those of {@link org.irtiqa.demo.reference.ReferenceFigures} but lastEventAt (a programme's facts
 * hold no times of recording).
 */
public record Readiness(
        long enrolled,
        long completed,
        long withdrawn,
        long expectedAttendance,
        long attended,
        Double attendanceRate,
        Double proficiency,
        Double growth,
        Double completionRate,
        double levelCoverage,
        double readinessIndex,
        Map<String, Double> themeScores) {}
