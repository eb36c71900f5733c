package org.irtiqa.analytics.readiness;

import java.util.List;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The read-only readiness API of api.md; figures as readiness-metrics.md defines them. */
@RestController
@RequestMapping("/api/readiness")
class ReadinessController {

    private final ReadinessQueries queries;

    ReadinessController(ReadinessQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/programme")
    Readiness programme() {
        return queries.programme();
    }

    @GetMapping("/institutions")
    Items<InstitutionReadiness> institutions() {
        return new Items<>(queries.institutions());
    }

    @GetMapping("/institutions/{code}")
    InstitutionReadiness institution(@PathVariable String code) {
        return queries.institution(code)
                .orElseThrow(
                        () -> new NotFoundException("No institution with code " + code + " is known to analytics."));
    }

    @GetMapping("/governorates")
    Items<GovernorateReadiness> governorates() {
        return new Items<>(queries.governorates());
    }

    /** Case-sensitive enum name; 404 unless the governorate has known institutions. */
    @GetMapping("/governorates/{governorate}")
    GovernorateReadiness governorate(@PathVariable String governorate) {
        return queries.governorate(governorate)
                .orElseThrow(() -> new NotFoundException(
                        "No institution of governorate " + governorate + " is known to analytics."));
    }

    /** api.md: every unpaged list is {"items": [...]}. */
    record Items<T>(List<T> items) {}
}
