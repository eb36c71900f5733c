package org.irtiqa.support.testapp;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irtiqa.events.Sector;
import org.irtiqa.support.apidocs.Refuses;
import org.irtiqa.support.events.CorrelationIds;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.FieldProblem;
import org.irtiqa.support.web.InvalidRequestException;
import org.irtiqa.support.web.NotFoundException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints that exercise each error path of the problem-details contract. */
@RestController
class TestController {

    record Sample(
            @NotBlank @Size(max = 200) String name,
            int capacity,
            @NotNull Sector sector,
            @NotNull Instant startsAt,
            List<@NotBlank String> speakers) {}

    @PostMapping("/api/samples")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@Valid @RequestBody Sample sample) {
        return Map.of("sample", sample, "correlationId", String.valueOf(CorrelationIds.current()));
    }

    @GetMapping("/api/samples/{id}")
    Map<String, Object> get(@PathVariable UUID id) {
        throw new NotFoundException("No sample " + id);
    }

    @GetMapping("/api/samples")
    Map<String, Object> list(@RequestParam int page, @RequestParam(required = false) String cohortCode) {
        return Map.of("page", page, "cohortCode", String.valueOf(cohortCode));
    }

    @PostMapping(path = "/api/import", consumes = "text/csv")
    Map<String, Object> importCsv(InputStream body) throws IOException {
        return Map.of("bytes", body.readAllBytes().length);
    }

    @PostMapping("/api/conflict")
    @Refuses(conflict = "the cohort is full")
    void conflict() {
        throw new ConflictException("cohort-full", "Cohort C1 is full");
    }

    @PostMapping("/api/unknown-reference")
    void unknownReference() {
        throw new UnknownReferenceException("cohortCode", "No cohort C9");
    }

    @PostMapping("/api/invalid")
    void invalid() {
        throw new InvalidRequestException(List.of(new FieldProblem("endsAt", "must be after startsAt")));
    }

    @GetMapping("/api/boom")
    void boom() {
        throw new IllegalStateException("secret internal detail: password=hunter2");
    }
}
