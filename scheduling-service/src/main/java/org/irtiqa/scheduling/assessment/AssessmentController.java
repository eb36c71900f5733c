package org.irtiqa.scheduling.assessment;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.irtiqa.scheduling.system.Items;
import org.irtiqa.support.apidocs.Refuses;
import org.irtiqa.support.security.InstitutionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AssessmentController {

    private final Assessments assessments;
    private final InstitutionScope scope;

    AssessmentController(Assessments assessments, InstitutionScope scope) {
        this.assessments = assessments;
        this.scope = scope;
    }

    @PostMapping("/api/assessments")
    @ResponseStatus(HttpStatus.CREATED) // what the OpenAPI document says; the entity carries Location
    @Refuses(
            conflict = "assessed-before-enrolment",
            unknown =
                    "no active enrolment of the participant; invalid-session: the session is not held, of another cohort or theme, or later")
    ResponseEntity<Assessment> record(@Valid @RequestBody RecordAssessment request) {
        Assessment assessment = assessments.record(request);
        return ResponseEntity.created(URI.create("/api/assessments/" + assessment.id()))
                .body(assessment);
    }

    @PostMapping("/api/assessments/{id}/correction")
    @Refuses(conflict = "the assessment is retracted")
    Assessment correct(@PathVariable UUID id, @Valid @RequestBody CorrectAssessment request) {
        return assessments.correct(id, request);
    }

    @PostMapping("/api/assessments/{id}/retraction")
    @Refuses(conflict = "the assessment is already retracted")
    Assessment retract(@PathVariable UUID id, @Valid @RequestBody(required = false) RetractAssessment request) {
        return assessments.retract(id, request == null ? null : request.reason());
    }

    @GetMapping("/api/assessments/{id}")
    Assessment get(@PathVariable UUID id) {
        return assessments.get(id, scope::canSee);
    }

    @GetMapping("/api/participants/{id}/assessments")
    Items<Assessment> ofParticipant(@PathVariable UUID id) {
        return new Items<>(assessments.ofParticipant(id, scope::canSee));
    }
}
