package org.irtiqa.scheduling.roster;

import java.util.UUID;

/**
 * A participant's enrolment whose status is ENROLLED or COMPLETED (api.md "active"): what
 * attendance and assessments are recorded for.
 */
public record ActiveEnrolment(UUID enrolmentId, UUID participantId, String institutionCode, String cohortCode) {}
