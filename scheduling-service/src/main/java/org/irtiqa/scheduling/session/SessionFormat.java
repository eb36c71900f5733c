package org.irtiqa.scheduling.session;

/**
 * The programme's session formats (events.md). The events' UNKNOWN symbol, which exists only for
 * old readers, is deliberately absent: the API refuses it with a 400.
 */
public enum SessionFormat {
    HIGH_LEVEL_SESSION,
    HIGH_LEVEL_MEETING,
    STRATEGIC_PANEL,
    LEADERSHIP_DIALOGUE,
    CASE_STUDY,
    PRACTICAL_APPLICATION,
    INTERACTIVE_SIMULATION
}
