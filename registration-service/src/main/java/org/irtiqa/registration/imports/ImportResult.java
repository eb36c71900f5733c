package org.irtiqa.registration.imports;

import java.util.List;
import java.util.UUID;

/**
 * The answer to an import (api.md): how many were created, each participant and enrolment with
 * the line it came from, so that a client can match the new ids to its own rows.
 */
record ImportResult(int created, List<CreatedParticipant> participants, List<CreatedEnrolment> enrolments) {

    record CreatedParticipant(long line, UUID id, String email) {}

    record CreatedEnrolment(long line, UUID id) {}
}
