package org.irtiqa.registration.institution;

import java.util.Collection;
import java.util.Set;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Revised;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers and corrects institutions; each change and its event (InstitutionRegistered,
 * InstitutionUpdated) commit together.
 */
@Service
public class Institutions {

    private final InstitutionRepository repository;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    Institutions(InstitutionRepository repository, EventMetadataFactory metadata, Outbox outbox) {
        this.repository = repository;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    @Transactional
    public Institution register(RegisterInstitution request) {
        EventMetadata meta = metadata.next();
        var institution = new Institution(
                request.code(),
                request.nameEn(),
                request.nameAr(),
                request.governorate(),
                request.sector(),
                meta.getOccurredAt());
        if (!repository.insert(institution)) {
            throw new ConflictException(
                    "institution-exists", "An institution with code " + request.code() + " already exists.");
        }
        outbox.append(Topics.INSTITUTIONS, institution.code(), InstitutionEvents.registered(meta, institution));
        return institution;
    }

    /**
     * Corrects names, governorate or sector. The row stays locked until commit, so two corrections
     * at once are applied one after the other, each with its own revision. A correction that
     * changes nothing writes no event and keeps the revision.
     */
    @Transactional
    public Institution update(String code, UpdateInstitution request) {
        Revised<Institution> current = repository.lock(code).orElseThrow(() -> notFound(code));
        Institution corrected = request.appliedTo(current.value());
        if (corrected.equals(current.value())) {
            return corrected;
        }
        repository.update(corrected, current.next());
        outbox.append(Topics.INSTITUTIONS, code, InstitutionEvents.updated(metadata.next(), corrected, current.next()));
        return corrected;
    }

    @Transactional(readOnly = true)
    public Page<Institution> list(PageRequest request) {
        return new Page<>(repository.page(request), request.page(), request.size(), repository.count());
    }

    @Transactional(readOnly = true)
    public Institution get(String code) {
        return repository.find(code).orElseThrow(() -> notFound(code));
    }

    public boolean exists(String code) {
        return repository.find(code).isPresent();
    }

    /** Those of {@code codes} that name a registered institution. */
    public Set<String> existing(Collection<String> codes) {
        return repository.existing(codes);
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("No institution with code " + code + ".");
    }
}
