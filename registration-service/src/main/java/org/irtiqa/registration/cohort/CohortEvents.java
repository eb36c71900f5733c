package org.irtiqa.registration.cohort;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.CohortUpdated;

/** Maps a cohort to its events at the messaging edge; each carries the current revision. */
final class CohortEvents {

    private CohortEvents() {}

    static CohortCreated created(EventMetadata meta, Cohort cohort) {
        return CohortCreated.newBuilder()
                .setMeta(meta)
                .setCohortCode(cohort.code())
                .setNameEn(cohort.nameEn())
                .setNameAr(cohort.nameAr())
                .setStartsOn(cohort.startsOn())
                .setEndsOn(cohort.endsOn())
                .setCapacity(cohort.capacity())
                .setRevision(0)
                .build();
    }

    static CohortUpdated updated(EventMetadata meta, Cohort cohort, long revision) {
        return CohortUpdated.newBuilder()
                .setMeta(meta)
                .setCohortCode(cohort.code())
                .setNameEn(cohort.nameEn())
                .setNameAr(cohort.nameAr())
                .setStartsOn(cohort.startsOn())
                .setEndsOn(cohort.endsOn())
                .setCapacity(cohort.capacity())
                .setRevision(revision)
                .build();
    }
}
