package org.irtiqa.system;

import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Theme;
import org.irtiqa.events.registration.EnrolmentCompleted;
import org.irtiqa.events.registration.EnrolmentWithdrawn;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.InstitutionUpdated;
import org.irtiqa.events.registration.ParticipantEnrolled;
import org.irtiqa.events.scheduling.AssessmentCorrected;
import org.irtiqa.events.scheduling.AssessmentResultRecorded;
import org.irtiqa.events.scheduling.AssessmentRetracted;
import org.irtiqa.events.scheduling.AttendanceRecorded;
import org.irtiqa.events.scheduling.AttendanceRevoked;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionRescheduled;
import org.irtiqa.events.scheduling.SessionScheduled;
import org.irtiqa.schemas.EventTypes;
import org.irtiqa.testkit.TopicReader;

/**
 * {@code lastEventAt} of every institution as readiness-metrics.md defines it, computed from the
 * events the services actually wrote (their occurredAt is stamped by the services, so the demo's
 * ledger cannot know it): the greatest occurredAt among the institution's InstitutionRegistered
 * and InstitutionUpdated, the enrolment events of its enrolments (withdrawn ones too), the session
 * events of the cohorts those enrolments are in (reschedules included), and the attendance,
 * revocation, assessment, correction and retraction events of its enrolments.
 */
final class LastEvents {

    private final Map<String, Instant> registered = new HashMap<>();
    private final Map<String, Instant> ownEnrolmentEvents = new HashMap<>();
    private final Map<UUID, String> institutionOf = new HashMap<>();
    private final Map<String, Set<String>> cohortsOf = new HashMap<>();
    private final Map<String, Instant> sessionEvents = new HashMap<>();
    private final Map<UUID, Instant> activity = new HashMap<>();

    private LastEvents() {}

    /** Reads every input topic from offset 0. */
    static Map<String, Instant> perInstitution() {
        LastEvents events = new LastEvents();
        for (String topic : new String[] {
            EventTypes.INSTITUTIONS,
            EventTypes.ENROLMENTS,
            EventTypes.SESSIONS,
            EventTypes.ATTENDANCE,
            EventTypes.ASSESSMENTS
        }) {
            TopicReader.all(topic, true).forEach(e -> events.add(e.value()));
        }
        return events.result();
    }

    private void add(SpecificRecord event) {
        Instant at = ((EventMetadata) event.get(0)).getOccurredAt();
        switch (event) {
            case InstitutionRegistered e -> registered.merge(e.getInstitutionCode(), at, LastEvents::later);
            case InstitutionUpdated e -> registered.merge(e.getInstitutionCode(), at, LastEvents::later);
            case ParticipantEnrolled e -> enrolment(e.getEnrolmentId(), e.getInstitutionCode(), e.getCohortCode(), at);
            case EnrolmentWithdrawn e -> enrolment(e.getEnrolmentId(), e.getInstitutionCode(), e.getCohortCode(), at);
            case EnrolmentCompleted e -> enrolment(e.getEnrolmentId(), e.getInstitutionCode(), e.getCohortCode(), at);
            case SessionScheduled e -> sessionEvents.merge(e.getCohortCode(), at, LastEvents::later);
            case SessionRescheduled e -> sessionEvents.merge(e.getCohortCode(), at, LastEvents::later);
            case SessionCancelled e -> sessionEvents.merge(e.getCohortCode(), at, LastEvents::later);
            case SessionCompleted e -> sessionEvents.merge(e.getCohortCode(), at, LastEvents::later);
            case AttendanceRecorded e -> activity.merge(e.getEnrolmentId(), at, LastEvents::later);
            case AttendanceRevoked e -> activity.merge(e.getEnrolmentId(), at, LastEvents::later);
            case AssessmentCorrected e -> activity.merge(e.getEnrolmentId(), at, LastEvents::later);
            case AssessmentRetracted e -> activity.merge(e.getEnrolmentId(), at, LastEvents::later);
            case AssessmentResultRecorded e -> {
                if (e.getKind() != AssessmentKind.UNKNOWN && e.getTheme() != Theme.UNKNOWN) {
                    activity.merge(e.getEnrolmentId(), at, LastEvents::later);
                }
            }
            default -> {}
        }
    }

    private void enrolment(UUID id, String institution, String cohort, Instant at) {
        institutionOf.put(id, institution);
        cohortsOf.computeIfAbsent(institution, c -> new HashSet<>()).add(cohort);
        ownEnrolmentEvents.merge(institution, at, LastEvents::later);
    }

    private Map<String, Instant> result() {
        Map<String, Instant> last = new HashMap<>(registered);
        ownEnrolmentEvents.forEach((code, at) -> last.merge(code, at, LastEvents::later));
        cohortsOf.forEach((code, cohorts) -> cohorts.stream()
                .map(sessionEvents::get)
                .filter(at -> at != null)
                .forEach(at -> last.merge(code, at, LastEvents::later)));
        activity.forEach((enrolment, at) -> {
            String code = institutionOf.get(enrolment);
            if (code != null) {
                last.merge(code, at, LastEvents::later);
            }
        });
        return last;
    }

    /** The later of two instants; null counts as earlier than any. */
    static Instant later(Instant a, Instant b) {
        return a == null ? b : b == null || a.isAfter(b) ? a : b;
    }
}
