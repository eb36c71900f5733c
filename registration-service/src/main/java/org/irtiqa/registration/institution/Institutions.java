package org.irtiqa.registration.institution;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers institutions; each registration and its InstitutionRegistered commit together. */
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
        outbox.append(Topics.INSTITUTIONS, institution.code(), registered(meta, institution));
        return institution;
    }

    @Transactional(readOnly = true)
    public Page<Institution> list(PageRequest request) {
        return new Page<>(repository.page(request), request.page(), request.size(), repository.count());
    }

    @Transactional(readOnly = true)
    public Institution get(String code) {
        return repository.find(code).orElseThrow(() -> new NotFoundException("No institution with code " + code + "."));
    }

    public boolean exists(String code) {
        return repository.find(code).isPresent();
    }

    private static InstitutionRegistered registered(EventMetadata meta, Institution institution) {
        return InstitutionRegistered.newBuilder()
                .setMeta(meta)
                .setInstitutionCode(institution.code())
                .setNameEn(institution.nameEn())
                .setNameAr(institution.nameAr())
                .setGovernorate(org.irtiqa.events.Governorate.valueOf(
                        institution.governorate().name()))
                .setSector(org.irtiqa.events.Sector.valueOf(institution.sector().name()))
                .build();
    }
}
