package org.irtiqa.scheduling.assessment;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.scheduling.roster.ActiveEnrolment;
import org.irtiqa.scheduling.session.Session;
import org.irtiqa.scheduling.session.SessionStatus;
import org.irtiqa.scheduling.system.InvalidSessionException;
import org.irtiqa.support.web.ConflictException;

/** The integrity rules of api.md that an assessment must keep before it is recorded. */
final class AssessmentRules {

    /** A baseline is often taken in the weeks before the programme begins. */
    static final Duration BASELINE_LEAD = Duration.ofDays(30);

    private AssessmentRules() {}

    /**
     * A linked session must have been held (COMPLETED), in the enrolment's cohort, on the same
     * theme, and not after the assessment: 422 {@code invalid-session} otherwise.
     */
    static void requireSessionFits(
            Optional<Session> found, UUID sessionId, RecordAssessment request, ActiveEnrolment enrolment) {
        Session session = found.orElseThrow(() -> new InvalidSessionException("No session with id " + sessionId + "."));
        if (session.status() != SessionStatus.COMPLETED) {
            throw new InvalidSessionException("Session " + sessionId + " is " + session.status()
                    + "; an assessment can name only a session that was held (COMPLETED).");
        }
        if (!session.cohortCode().equals(enrolment.cohortCode())) {
            throw new InvalidSessionException("Session " + sessionId + " belongs to cohort " + session.cohortCode()
                    + ", not to the participant's cohort " + enrolment.cohortCode() + ".");
        }
        if (session.theme() != request.theme()) {
            throw new InvalidSessionException("Session " + sessionId + " is on " + session.theme()
                    + ", not on the assessment's theme " + request.theme() + ".");
        }
        if (request.assessedAt().isBefore(session.startsAt())) {
            throw new InvalidSessionException("Session " + sessionId + " starts at " + session.startsAt()
                    + "; an assessment of it cannot be dated before that.");
        }
    }

    /**
     * Not before the enrolment began, a BASELINE up to 30 days before: 409
     * {@code assessed-before-enrolment}. An enrolment known only from a status event has no
     * enrolledAt yet, and then there is nothing to check against.
     */
    static void requireAfterEnrolment(RecordAssessment request, ActiveEnrolment enrolment) {
        if (enrolment.enrolledAt() == null) {
            return;
        }
        Instant earliest = request.kind() == AssessmentKind.BASELINE
                ? enrolment.enrolledAt().minus(BASELINE_LEAD)
                : enrolment.enrolledAt();
        if (request.assessedAt().isBefore(earliest)) {
            throw new ConflictException(
                    "assessed-before-enrolment",
                    "The enrolment began at " + enrolment.enrolledAt() + "; a " + request.kind()
                            + " assessment cannot be dated before " + earliest + ".");
        }
    }
}
