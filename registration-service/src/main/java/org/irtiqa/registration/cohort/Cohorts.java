package org.irtiqa.registration.cohort;

import java.util.List;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.FieldProblem;
import org.irtiqa.support.web.InvalidRequestException;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates cohorts and keeps their seats: a seat is taken or given back only through this class. */
@Service
public class Cohorts {

    private final CohortRepository repository;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    Cohorts(CohortRepository repository, EventMetadataFactory metadata, Outbox outbox) {
        this.repository = repository;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    @Transactional
    public Cohort create(CreateCohort request) {
        if (!request.endsOn().isAfter(request.startsOn())) {
            throw new InvalidRequestException(List.of(new FieldProblem("endsOn", "must be after startsOn")));
        }
        EventMetadata meta = metadata.next();
        var cohort = new Cohort(
                request.code(),
                request.nameEn(),
                request.nameAr(),
                request.startsOn(),
                request.endsOn(),
                request.capacity(),
                0);
        if (!repository.insert(cohort, meta.getOccurredAt())) {
            throw new ConflictException("cohort-exists", "A cohort with code " + request.code() + " already exists.");
        }
        outbox.append(Topics.COHORTS, cohort.code(), created(meta, cohort));
        return cohort;
    }

    @Transactional(readOnly = true)
    public Page<Cohort> list(PageRequest request) {
        return new Page<>(repository.page(request), request.page(), request.size(), repository.count());
    }

    @Transactional(readOnly = true)
    public Cohort get(String code) {
        return repository.find(code).orElseThrow(() -> new NotFoundException("No cohort with code " + code + "."));
    }

    public boolean exists(String code) {
        return repository.find(code).isPresent();
    }

    /** Takes one seat in the caller's transaction; false when the cohort is full. */
    public boolean takeSeat(String code) {
        return repository.takeSeat(code);
    }

    /** Gives one seat back in the caller's transaction (a withdrawal). */
    public void releaseSeat(String code) {
        repository.releaseSeat(code);
    }

    private static CohortCreated created(EventMetadata meta, Cohort cohort) {
        return CohortCreated.newBuilder()
                .setMeta(meta)
                .setCohortCode(cohort.code())
                .setNameEn(cohort.nameEn())
                .setNameAr(cohort.nameAr())
                .setStartsOn(cohort.startsOn())
                .setEndsOn(cohort.endsOn())
                .setCapacity(cohort.capacity())
                .build();
    }
}
