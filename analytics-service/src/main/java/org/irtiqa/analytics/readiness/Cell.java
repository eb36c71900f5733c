package org.irtiqa.analytics.readiness;

/**
 * The totals of the enrolments of one institution in one cohort at one leadership level, as the
 * intake last computed them (V8 migration); the institution may not be known yet, and the level
 * may be UNKNOWN.
 */
record Cell(String institution, String cohort, String level, Totals totals) {}
