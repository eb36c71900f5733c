package org.irtiqa.registration.cohort;

import java.util.Optional;
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
 * Creates and corrects cohorts and keeps their seats: a seat is taken or given back only through
 * this class. Each change and its event (CohortCreated, CohortUpdated) commit together.
 */
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
        outbox.append(Topics.COHORTS, cohort.code(), CohortEvents.created(meta, cohort));
        return cohort;
    }

    /**
     * Corrects names, dates or capacity. The row lock held until commit also holds back racing
     * enrolments, so the capacity is compared with the seats really taken. New dates never
     * invalidate enrolments already recorded (api.md). Nothing changed: no event, same revision.
     */
    @Transactional
    public Cohort update(String code, UpdateCohort request) {
        Revised<Cohort> current = repository.lock(code).orElseThrow(() -> notFound(code));
        Cohort corrected = request.appliedTo(current.value());
        if (corrected.equals(current.value())) {
            return corrected;
        }
        if (corrected.capacity() < corrected.activeEnrolments()) {
            throw new ConflictException(
                    "capacity-below-enrolments",
                    "Cohort " + code + " has " + corrected.activeEnrolments()
                            + " active enrolments; its capacity cannot be less.");
        }
        repository.update(corrected, current.next());
        outbox.append(Topics.COHORTS, code, CohortEvents.updated(metadata.next(), corrected, current.next()));
        return corrected;
    }

    @Transactional(readOnly = true)
    public Page<Cohort> list(PageRequest request) {
        return new Page<>(repository.page(request), request.page(), request.size(), repository.count());
    }

    @Transactional(readOnly = true)
    public Cohort get(String code) {
        return find(code).orElseThrow(() -> notFound(code));
    }

    public Optional<Cohort> find(String code) {
        return repository.find(code);
    }

    /**
     * The cohort, locked in the caller's transaction until it ends: its free seats stay free for
     * the caller (an import that enrols many at once checks them line by line first).
     */
    public Optional<Cohort> lock(String code) {
        return repository.lock(code).map(Revised::value);
    }

    /** Takes one seat in the caller's transaction; false when the cohort is full. */
    public boolean takeSeat(String code) {
        return repository.takeSeats(code, 1);
    }

    /** Takes {@code seats} seats at once in the caller's transaction; false when they are not all free. */
    public boolean takeSeats(String code, int seats) {
        return repository.takeSeats(code, seats);
    }

    /** Gives one seat back in the caller's transaction (a withdrawal). */
    public void releaseSeat(String code) {
        repository.releaseSeat(code);
    }

    private static NotFoundException notFound(String code) {
        return new NotFoundException("No cohort with code " + code + ".");
    }
}
