package org.irtiqa.analytics.readiness;

/** How much of a group's figures one caller may see (readiness-metrics.md, "Small groups"). */
enum Disclosure {
    /** Everything: a programme admin, a coordinator's own institution, and analytics.readiness.v1. */
    FULL,
    /** Shown, but a mean over fewer than 3 enrolments and a small at-risk count are null (rule 2). */
    PROTECTED,
    /** Suppressed (rules 1 and 3): only enrolled, completed, withdrawn and lastEventAt are shown. */
    SUPPRESSED
}
