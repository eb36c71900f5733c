package org.irtiqa.analytics.readiness;

import static org.irtiqa.analytics.readiness.ReadinessMethod.ADVANCED_FROM;
import static org.irtiqa.analytics.readiness.ReadinessMethod.NEEDS_ATTENTION_FROM;
import static org.irtiqa.analytics.readiness.ReadinessMethod.ON_TRACK_FROM;

/** The bands of readiness-metrics.md. */
public enum Band {
    ADVANCED,
    ON_TRACK,
    NEEDS_ATTENTION,
    AT_RISK,
    /** Nothing enrolled: no index. */
    NOT_STARTED,
    /** Hidden from this caller (small groups). */
    SUPPRESSED;

    static Band of(Double readinessIndex) {
        if (readinessIndex == null) {
            return NOT_STARTED;
        }
        if (readinessIndex >= ADVANCED_FROM) {
            return ADVANCED;
        }
        if (readinessIndex >= ON_TRACK_FROM) {
            return ON_TRACK;
        }
        return readinessIndex >= NEEDS_ATTENTION_FROM ? NEEDS_ATTENTION : AT_RISK;
    }
}
