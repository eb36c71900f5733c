package org.irtiqa.demo.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One enrolment as its events state it: participant, institution, cohort, the level its
 * ParticipantEnrolled carried, and its final status. Its leadership level in the figures is
 * {@link ReferenceState#level}: the participant's, once known.
 */
public final class Enrolment {

    String participant;
    String institution;
    String cohort;
    String enrolledLevel;
    String finalStatus;
    Instant finalAt;
    /** From its ParticipantEnrolled; null while only a withdrawal or completion is known. */
    Instant enrolledAt;

    final List<Instant> events = new ArrayList<>();

    public String participant() {
        return participant;
    }

    public String institution() {
        return institution;
    }

    public String cohort() {
        return cohort;
    }

    public Instant enrolledAt() {
        return enrolledAt;
    }

    /** ENROLLED, WITHDRAWN or COMPLETED. */
    public String status() {
        return finalStatus == null ? "ENROLLED" : finalStatus;
    }

    /** Counted in G: ENROLLED or COMPLETED. */
    public boolean active() {
        return !status().equals("WITHDRAWN");
    }

    /** The same enrolment as it stood before {@code end}: a final status that happened later is not yet final. */
    Enrolment asOf(Instant end) {
        Enrolment then = new Enrolment();
        then.participant = participant;
        then.institution = institution;
        then.cohort = cohort;
        then.enrolledLevel = enrolledLevel;
        then.enrolledAt = enrolledAt;
        if (finalAt != null && finalAt.isBefore(end)) {
            then.finalStatus = finalStatus;
            then.finalAt = finalAt;
        }
        return then;
    }

    /** Should both a withdrawal and a completion exist, the one that happened first is final (then by name). */
    void finish(String status, Instant at) {
        if (finalStatus == null
                || (at != null && (finalAt == null || at.isBefore(finalAt)))
                || (at != null && at.equals(finalAt) && status.compareTo(finalStatus) < 0)) {
            finalStatus = status;
            finalAt = at;
        }
    }
}
