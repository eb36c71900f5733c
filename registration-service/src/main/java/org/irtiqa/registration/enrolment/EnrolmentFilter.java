package org.irtiqa.registration.enrolment;

import java.util.UUID;

/** The optional filters of `GET /api/enrolments`; a null field does not filter. */
public record EnrolmentFilter(String cohortCode, String institutionCode, EnrolmentStatus status, UUID participantId) {}
