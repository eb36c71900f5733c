package org.irtiqa.registration.enrolment;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.support.apidocs.Refuses;
import org.irtiqa.support.security.InstitutionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/enrolments")
class EnrolmentController {

    private final Enrolments enrolments;
    private final InstitutionScope scope;

    EnrolmentController(Enrolments enrolments, InstitutionScope scope) {
        this.enrolments = enrolments;
        this.scope = scope;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the OpenAPI document says; the entity carries Location
    @Refuses(
            conflict = "already-enrolled, cohort-full, cohort-ended, enrolled-outside-cohort",
            unknown = "no such participant or cohort")
    ResponseEntity<Enrolment> enrol(@Valid @RequestBody Enrol request) {
        Enrolment enrolment = enrolments.enrol(request);
        return ResponseEntity.created(URI.create("/api/enrolments/" + enrolment.id()))
                .body(enrolment);
    }

    /** The body comes first: a 400 is answered before a 404 (api.md). */
    @PostMapping("/{id}/withdrawal")
    @Refuses(conflict = "the enrolment is not ENROLLED; before-enrolment: withdrawnAt before enrolledAt")
    Enrolment withdraw(@Valid @RequestBody(required = false) Withdraw request, @PathVariable UUID id) {
        return enrolments.withdraw(id, request == null ? new Withdraw(null, null) : request);
    }

    @PostMapping("/{id}/completion")
    @Refuses(conflict = "the enrolment is not ENROLLED; before-enrolment: completedAt before enrolledAt")
    Enrolment complete(@Valid @RequestBody(required = false) Complete request, @PathVariable UUID id) {
        return enrolments.complete(id, request == null ? new Complete(null) : request);
    }

    /**
     * Filtered by any of cohort, institution, status and participant. A coordinator's list is
     * their own institution's whatever else is asked (another institution's participant: empty).
     */
    @GetMapping
    Page<Enrolment> list(
            @RequestParam(required = false) String cohortCode,
            @RequestParam(required = false) String institutionCode,
            @RequestParam(required = false) EnrolmentStatus status,
            @RequestParam(required = false) UUID participantId,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        var filter = new EnrolmentFilter(
                cohortCode, scope.listFilter(institutionCode).orElse(null), status, participantId);
        return enrolments.list(filter, new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    Enrolment get(@PathVariable UUID id) {
        return enrolments.get(id, scope::canSee);
    }
}
