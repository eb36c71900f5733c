package org.irtiqa.scheduling.session;

/**
 * The programme's themes (events.md), shared by sessions and assessments. Without the events'
 * UNKNOWN symbol: the API refuses it with a 400.
 */
public enum Theme {
    DIGITAL_TRANSFORMATION,
    EMERGING_TECHNOLOGIES,
    RISK_MANAGEMENT,
    INSTITUTIONAL_PERFORMANCE,
    WHOLE_OF_GOVERNMENT,
    BENEFICIARY_CENTRED_SERVICES,
    LIFE_EVENT_JOURNEYS,
    AI_IN_CHANGE_MANAGEMENT
}
