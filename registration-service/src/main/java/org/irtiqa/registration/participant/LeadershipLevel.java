package org.irtiqa.registration.participant;

/** The four leadership levels the programme reaches, from ministers down to executive teams. */
public enum LeadershipLevel {
    TOP_LEADERSHIP,
    SENIOR_MANAGEMENT,
    MIDDLE_MANAGEMENT,
    EXECUTIVE_TEAM
}
