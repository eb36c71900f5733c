package org.irtiqa.registration.participant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.registration.institution.Institutions;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Revised;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and corrects participants; the e-mail address stays in this service, the events
 * (ParticipantRegistered, ParticipantUpdated) carry names and level.
 */
@Service
public class Participants {

    private final ParticipantRepository repository;
    private final Institutions institutions;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    Participants(
            ParticipantRepository repository, Institutions institutions, EventMetadataFactory metadata, Outbox outbox) {
        this.repository = repository;
        this.institutions = institutions;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    @Transactional
    public Participant register(RegisterParticipant request) {
        if (!institutions.exists(request.institutionCode())) {
            throw new UnknownReferenceException(
                    "institutionCode", "No institution with code " + request.institutionCode() + ".");
        }
        EventMetadata meta = metadata.next();
        Participant participant = request.participant(EventIds.next(), meta.getOccurredAt());
        if (!repository.insert(participant)) {
            throw emailTaken(request.email());
        }
        outbox.append(
                Topics.PARTICIPANTS, participant.institutionCode(), ParticipantEvents.registered(meta, participant));
        return participant;
    }

    /**
     * Registers many at once in the caller's transaction, in the order given; the caller has
     * checked institutions and e-mails (an e-mail taken meanwhile is a conflict: nothing is kept).
     */
    @Transactional
    public List<Participant> registerAll(List<RegisterParticipant> requests) {
        List<Participant> participants = new ArrayList<>(requests.size());
        for (RegisterParticipant request : requests) {
            EventMetadata meta = metadata.next();
            Participant participant = request.participant(EventIds.next(), meta.getOccurredAt());
            outbox.append(
                    Topics.PARTICIPANTS,
                    participant.institutionCode(),
                    ParticipantEvents.registered(meta, participant));
            participants.add(participant);
        }
        if (repository.insertAll(participants) != participants.size()) {
            throw new ConflictException(
                    "email-taken", "An e-mail address of the file was registered meanwhile; nothing was imported.");
        }
        return participants;
    }

    /**
     * Corrects what the programme office typed. Only a change of names or level is news for the
     * other services: it takes the next revision and writes ParticipantUpdated; a new e-mail or
     * job title is stored quietly. A correction that changes nothing writes nothing.
     */
    @Transactional
    public Participant update(UUID id, UpdateParticipant request) {
        Revised<Participant> current = repository.lock(id).orElseThrow(() -> notFound(id));
        Participant corrected = request.appliedTo(current.value());
        if (corrected.equals(current.value())) {
            return corrected;
        }
        boolean news = !corrected.sameInEvents(current.value());
        long revision = news ? current.next() : current.revision();
        if (!repository.update(corrected, revision)) {
            throw emailTaken(request.email());
        }
        if (news) {
            outbox.append(
                    Topics.PARTICIPANTS,
                    corrected.institutionCode(),
                    ParticipantEvents.updated(metadata.next(), corrected, revision));
        }
        return corrected;
    }

    /** Those of {@code emails} already registered, each given back lower-cased. */
    public Set<String> takenEmails(Collection<String> emails) {
        return repository.takenEmails(
                emails.stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toList());
    }

    @Transactional(readOnly = true)
    public Page<Participant> list(String institutionCode, PageRequest request) {
        return new Page<>(
                repository.page(institutionCode, request),
                request.page(),
                request.size(),
                repository.count(institutionCode));
    }

    /**
     * The participant with this id, if the caller may see its institution: one of another
     * institution is reported exactly as an unknown one (ids of other institutions stay hidden).
     */
    @Transactional(readOnly = true)
    public Participant get(UUID id, Predicate<String> visibleInstitution) {
        return find(id).filter(participant -> visibleInstitution.test(participant.institutionCode()))
                .orElseThrow(() -> notFound(id));
    }

    public Optional<Participant> find(UUID id) {
        return repository.find(id);
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("No participant with id " + id + ".");
    }

    private static ConflictException emailTaken(String email) {
        return new ConflictException("email-taken", "The e-mail address " + email + " is already registered.");
    }
}
