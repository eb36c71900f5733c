package org.irtiqa.registration.participant;

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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/participants")
class ParticipantController {

    private final Participants participants;
    private final InstitutionScope scope;

    ParticipantController(Participants participants, InstitutionScope scope) {
        this.participants = participants;
        this.scope = scope;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the OpenAPI document says; the entity carries Location
    @Refuses(conflict = "the e-mail address is taken (case-insensitive)", unknown = "no such institution")
    ResponseEntity<Participant> register(@Valid @RequestBody RegisterParticipant request) {
        Participant registered = participants.register(request);
        return ResponseEntity.created(URI.create("/api/participants/" + registered.id()))
                .body(registered);
    }

    /** The body is read and checked before the id is looked up: a 400 comes before a 404 (api.md). */
    @PutMapping("/{id}")
    @Refuses(conflict = "the e-mail address is taken (case-insensitive)")
    Participant update(@Valid @RequestBody UpdateParticipant request, @PathVariable UUID id) {
        return participants.update(id, request);
    }

    @GetMapping
    Page<Participant> list(
            @RequestParam(required = false) String institutionCode,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        return participants.list(scope.listFilter(institutionCode).orElse(null), new PageRequest(page, size));
    }

    @GetMapping("/{id}")
    Participant get(@PathVariable UUID id) {
        return participants.get(id, scope::canSee);
    }
}
