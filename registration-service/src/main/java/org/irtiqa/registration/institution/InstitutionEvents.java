package org.irtiqa.registration.institution;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.Sector;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.registration.InstitutionUpdated;

/** Maps an institution to its events at the messaging edge; each carries the current revision. */
final class InstitutionEvents {

    private InstitutionEvents() {}

    static InstitutionRegistered registered(EventMetadata meta, Institution institution) {
        return InstitutionRegistered.newBuilder()
                .setMeta(meta)
                .setInstitutionCode(institution.code())
                .setNameEn(institution.nameEn())
                .setNameAr(institution.nameAr())
                .setGovernorate(Governorate.valueOf(institution.governorate().name()))
                .setSector(Sector.valueOf(institution.sector().name()))
                .setRevision(0)
                .build();
    }

    static InstitutionUpdated updated(EventMetadata meta, Institution institution, long revision) {
        return InstitutionUpdated.newBuilder()
                .setMeta(meta)
                .setInstitutionCode(institution.code())
                .setNameEn(institution.nameEn())
                .setNameAr(institution.nameAr())
                .setGovernorate(Governorate.valueOf(institution.governorate().name()))
                .setSector(Sector.valueOf(institution.sector().name()))
                .setRevision(revision)
                .build();
    }
}
