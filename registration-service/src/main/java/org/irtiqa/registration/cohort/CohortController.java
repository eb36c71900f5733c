package org.irtiqa.registration.cohort;

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
@RequestMapping("/api/cohorts")
class CohortController {

    private final Cohorts cohorts;

    CohortController(Cohorts cohorts) {
        this.cohorts = cohorts;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED) // what the OpenAPI document says; the entity carries Location
    @Refuses(conflict = "a cohort with this code exists")
    ResponseEntity<Cohort> create(@Valid @RequestBody CreateCohort request) {
        Cohort created = cohorts.create(request);
        return ResponseEntity.created(URI.create("/api/cohorts/" + created.code()))
                .body(created);
    }

    /** The body is read and checked before the code is looked up: a 400 comes before a 404 (api.md). */
    @PutMapping("/{code}")
    @Refuses(conflict = "capacity-below-enrolments: the capacity is below the cohort's active enrolments")
    Cohort update(@Valid @RequestBody UpdateCohort request, @PathVariable String code) {
        return cohorts.update(code, request);
    }

    @GetMapping
    Page<Cohort> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return cohorts.list(new PageRequest(page, size));
    }

    @GetMapping("/{code}")
    Cohort get(@PathVariable String code) {
        return cohorts.get(code);
    }
}
