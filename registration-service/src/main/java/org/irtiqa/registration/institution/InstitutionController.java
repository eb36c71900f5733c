package org.irtiqa.registration.institution;

import jakarta.validation.Valid;
import java.net.URI;
import org.irtiqa.registration.system.Page;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.support.apidocs.Refuses;
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
@RequestMapping("/api/institutions")
class InstitutionController {

    private final Institutions institutions;

    InstitutionController(Institutions institutions) {
        this.institutions = institutions;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the OpenAPI document says; the entity carries Location
    @Refuses(conflict = "an institution with this code exists")
    ResponseEntity<Institution> register(@Valid @RequestBody RegisterInstitution request) {
        Institution registered = institutions.register(request);
        return ResponseEntity.created(URI.create("/api/institutions/" + registered.code()))
                .body(registered);
    }

    /** The body is read and checked before the code is looked up: a 400 comes before a 404 (api.md). */
    @PutMapping("/{code}")
    Institution update(@Valid @RequestBody UpdateInstitution request, @PathVariable String code) {
        return institutions.update(code, request);
    }

    @GetMapping
    Page<Institution> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return institutions.list(new PageRequest(page, size));
    }

    @GetMapping("/{code}")
    Institution get(@PathVariable String code) {
        return institutions.get(code);
    }
}
