package org.irtiqa.scheduling.session;

/** SCHEDULED → CANCELLED or COMPLETED, nothing else; both ends are final. */
public enum SessionStatus {
    SCHEDULED,
    CANCELLED,
    COMPLETED
}
