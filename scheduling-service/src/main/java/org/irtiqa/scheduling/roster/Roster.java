package org.irtiqa.scheduling.roster;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What scheduling knows of registration's cohorts, participants and enrolments: a copy kept from
 * their events, so it may lag a moment behind registration (api.md). The other features ask
 * their questions about cohorts and enrolments here and nowhere else.
 */
@Service
public class Roster {

    private final RosterRepository repository;

    Roster(RosterRepository repository) {
        this.repository = repository;
    }

    public Optional<RosterCohort> cohort(String code) {
        return repository.cohort(code);
    }

    /** The cohort, or a 404 naming it (for paths like {@code /api/cohorts/{code}/...}). */
    public RosterCohort existingCohort(String code) {
        return repository.cohort(code).orElseThrow(() -> new NotFoundException("No cohort with code " + code + "."));
    }

    /** The participant's active enrolment, in whatever cohort. */
    public Optional<ActiveEnrolment> activeEnrolment(UUID participantId) {
        return repository.activeEnrolment(participantId);
    }

    /** The active enrolments in {@code cohortCode} of those of {@code participantIds} that have one, by participant. */
    public Map<UUID, ActiveEnrolment> activeEnrolmentsIn(String cohortCode, Collection<UUID> participantIds) {
        return repository.activeEnrolmentsIn(cohortCode, participantIds).stream()
                .collect(Collectors.toMap(ActiveEnrolment::participantId, Function.identity(), (a, b) -> a));
    }

    public Optional<ActiveEnrolment> activeEnrolmentIn(String cohortCode, UUID participantId) {
        return Optional.ofNullable(
                activeEnrolmentsIn(cohortCode, List.of(participantId)).get(participantId));
    }

    /**
     * The cohort's active enrolments (one institution's when {@code institutionCode} is set), by
     * English name then participant id; 404 for an unknown cohort.
     */
    @Transactional(readOnly = true)
    public List<RosterEntry> members(String cohortCode, String institutionCode) {
        existingCohort(cohortCode);
        return repository.members(cohortCode, institutionCode);
    }
}
