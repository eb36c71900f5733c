package org.irtiqa.scheduling.attendance;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.irtiqa.scheduling.session.Session;
import org.irtiqa.scheduling.system.Items;
import org.irtiqa.support.apidocs.Refuses;
import org.irtiqa.support.security.InstitutionScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Completion lives here rather than with the other session verbs: it is how attendance is taken. */
@RestController
@RequestMapping("/api/sessions/{id}")
class AttendanceController {

    private final Attendances attendances;
    private final InstitutionScope scope;

    AttendanceController(Attendances attendances, InstitutionScope scope) {
        this.attendances = attendances;
        this.scope = scope;
    }

    @PostMapping("/completion")
    @Refuses(
            conflict = "the session is not SCHEDULED; session-not-started",
            unknown = "an attendee is not actively enrolled in the session's cohort")
    Session complete(@PathVariable UUID id, @Valid @RequestBody CompleteSession request) {
        return attendances.complete(id, request);
    }

    /** 201 for a new attendance; 200 with the existing one when the pair was already recorded. */
    @PostMapping("/attendance")
    @ResponseStatus(HttpStatus.CREATED) // what the OpenAPI document says; the entity carries Location
    @Refuses(
            conflict = "the session is not COMPLETED",
            unknown = "the participant is not actively enrolled in the session's cohort")
    ResponseEntity<Attendance> record(@PathVariable UUID id, @Valid @RequestBody RecordAttendance request) {
        Attendances.Recorded recorded = attendances.record(id, request);
        return recorded.created()
                ? ResponseEntity.created(URI.create("/api/sessions/" + id + "/attendance"))
                        .body(recorded.attendance())
                : ResponseEntity.ok(recorded.attendance());
    }

    @PostMapping("/attendance/{participantId}/revocation")
    @Refuses(conflict = "the attendance is already revoked")
    Attendance revoke(
            @PathVariable UUID id,
            @PathVariable UUID participantId,
            @Valid @RequestBody(required = false) RevokeAttendance request) {
        return attendances.revoke(id, participantId, request == null ? null : request.reason());
    }

    @GetMapping("/attendance")
    Items<Attendance> ofSession(@PathVariable UUID id) {
        return new Items<>(attendances.ofSession(id, scope.listFilter(null).orElse(null)));
    }
}
