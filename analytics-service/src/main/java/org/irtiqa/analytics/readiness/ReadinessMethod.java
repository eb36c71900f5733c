package org.irtiqa.analytics.readiness;

import java.util.List;

/**
 * The numbers of readiness-metrics.md that the computation uses and that {@code GET
 * /api/readiness/method} explains: one source, so that the figures and their explanation can never
 * differ.
 */
public final class ReadinessMethod {

    /** Weights of attendanceRate, proficiency / 100, completionRate and levelCoverage in the index. */
    public static final double ATTENDANCE_WEIGHT = 0.35;

    public static final double PROFICIENCY_WEIGHT = 0.35;
    public static final double COMPLETION_WEIGHT = 0.15;
    public static final double LEVEL_COVERAGE_WEIGHT = 0.15;

    /** The lower bounds of the bands (readinessIndex at or above). */
    public static final double ADVANCED_FROM = 85;

    public static final double ON_TRACK_FROM = 70;
    public static final double NEEDS_ATTENTION_FROM = 55;

    /** A group of fewer enrolments than this (and more than none) is suppressed; so is a mean over fewer. */
    public static final int SMALL_GROUP_BELOW = 3;

    /** At-risk rules: sessions held since enrolment needed before attendance counts, and the share below which it is low. */
    public static final int ATTENDANCE_SESSIONS_AT_LEAST = 3;

    /** LOW_ATTENDANCE below this share of the sessions held since enrolment, as a fraction num/den. */
    public static final int LOW_ATTENDANCE_NUMERATOR = 3;

    public static final int LOW_ATTENDANCE_DENOMINATOR = 5;

    /** MISSED_RECENT: none of this many most recent sessions attended. */
    public static final int RECENT_SESSIONS = 3;

    /** NO_BASELINE once this many sessions were held since enrolment. */
    public static final int BASELINE_SESSIONS_AT_LEAST = 2;

    /** LOW_PROFICIENCY: latest scores in at least this many themes with a mean below the score. */
    public static final int PROFICIENCY_THEMES_AT_LEAST = 2;

    public static final double LOW_PROFICIENCY_BELOW = 50;

    /** The four named leadership levels; an UNKNOWN level counts in no level cell. */
    public static final List<String> LEVELS =
            List.of("TOP_LEADERSHIP", "SENIOR_MANAGEMENT", "MIDDLE_MANAGEMENT", "EXECUTIVE_TEAM");

    private ReadinessMethod() {}
}
