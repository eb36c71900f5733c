package org.irtiqa.scheduling.session;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.irtiqa.scheduling.system.Items;
import org.irtiqa.support.apidocs.Refuses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SessionController {

    private final Sessions sessions;

    SessionController(Sessions sessions) {
        this.sessions = sessions;
    }

    @PostMapping("/api/sessions")
    @ResponseStatus(HttpStatus.CREATED) // what the OpenAPI document says; the entity carries Location
    @Refuses(
            conflict = "overlaps a session of the same cohort",
            unknown = "no such cohort, or outside the cohort's dates")
    ResponseEntity<Session> schedule(@Valid @RequestBody ScheduleSession request) {
        Session session = sessions.schedule(request);
        return ResponseEntity.created(URI.create("/api/sessions/" + session.id()))
                .body(session);
    }

    @GetMapping("/api/sessions/{id}")
    Session get(@PathVariable UUID id) {
        return sessions.get(id);
    }

    @GetMapping("/api/cohorts/{code}/sessions")
    Items<Session> ofCohort(@PathVariable String code) {
        return new Items<>(sessions.ofCohort(code));
    }

    @PutMapping("/api/sessions/{id}")
    @Refuses(
            conflict = "the session is not SCHEDULED, or overlaps a session of the same cohort",
            unknown = "outside the cohort's dates")
    Session reschedule(@PathVariable UUID id, @Valid @RequestBody RescheduleSession request) {
        return sessions.reschedule(id, request);
    }

    @PostMapping("/api/sessions/{id}/cancellation")
    @Refuses(conflict = "the session is not SCHEDULED")
    Session cancel(@PathVariable UUID id, @Valid @RequestBody(required = false) CancelSession request) {
        return sessions.cancel(id, request == null ? null : request.reason());
    }
}
