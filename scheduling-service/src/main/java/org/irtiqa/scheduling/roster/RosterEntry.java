package org.irtiqa.scheduling.roster;

import java.util.UUID;

/**
 * One line of a cohort's roster. The names are null until the participant's
 * ParticipantRegistered has arrived (it may come after the enrolment).
 */
public record RosterEntry(
        UUID participantId,
        UUID enrolmentId,
        String institutionCode,
        String level,
        String status,
        String displayNameEn,
        String displayNameAr) {}
