package org.irtiqa.registration.enrolment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.registration.cohort.Cohort;
import org.irtiqa.registration.cohort.Cohorts;
import org.irtiqa.registration.participant.Participant;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.events.Instants;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Enrols many new participants in one cohort at once, for the import that enrols: the caller
 * checks the cohort's dates and seats first and reports every problem together, then enrols all
 * in its own transaction. The same rules as {@link Enrolments#enrol}, applied to a set.
 */
@Service
public class BulkEnrolments {

    private final EnrolmentRepository repository;
    private final Cohorts cohorts;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    BulkEnrolments(EnrolmentRepository repository, Cohorts cohorts, EventMetadataFactory metadata, Outbox outbox) {
        this.repository = repository;
        this.cohorts = cohorts;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    /** Why enrolling in {@code cohort} now would be refused by its dates, if it would. */
    public Optional<ConflictException> dateRefusalNow(Cohort cohort) {
        return EnrolmentDates.refusal(
                cohort, Instants.now(metadata.clock()), false, EnrolmentDates.today(metadata.clock()));
    }

    /**
     * Enrols {@code newParticipants} in {@code cohort} now, in the caller's transaction and in the
     * order given. The caller holds the cohort's lock ({@link Cohorts#lock}) and has checked its
     * seats and dates, so a refusal here means those checks were skipped: nothing is kept.
     */
    @Transactional
    public List<Enrolment> enrolAll(Cohort cohort, List<Participant> newParticipants) {
        List<Enrolment> enrolments = new ArrayList<>(newParticipants.size());
        for (Participant participant : newParticipants) {
            EventMetadata meta = metadata.next();
            Enrolment enrolment = Enrolments.enrolled(participant, cohort, meta.getOccurredAt());
            outbox.append(Topics.ENROLMENTS, enrolment.institutionCode(), EnrolmentEvents.enrolled(meta, enrolment));
            enrolments.add(enrolment);
        }
        if (repository.insertAll(enrolments) != enrolments.size()) {
            throw new ConflictException(
                    "already-enrolled", "A participant of the file already has an active enrolment.");
        }
        if (!cohorts.takeSeats(cohort.code(), enrolments.size())) {
            throw new ConflictException("cohort-full", "Cohort " + cohort.code() + " has not enough seats left.");
        }
        return enrolments;
    }
}
