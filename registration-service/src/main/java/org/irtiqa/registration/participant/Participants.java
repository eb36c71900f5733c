package org.irtiqa.registration.participant;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.registration.institution.Institutions;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers participants; the e-mail address stays in this service, the event carries names and level. */
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
            throw new ConflictException(
                    "email-taken", "The e-mail address " + request.email() + " is already registered.");
        }
        outbox.append(
                Topics.PARTICIPANTS, participant.institutionCode(), ParticipantEvents.registered(meta, participant));
        return participant;
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
                .orElseThrow(() -> new NotFoundException("No participant with id " + id + "."));
    }

    public Optional<Participant> find(UUID id) {
        return repository.find(id);
    }
}
