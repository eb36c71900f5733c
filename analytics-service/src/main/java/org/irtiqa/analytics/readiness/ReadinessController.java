package org.irtiqa.analytics.readiness;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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

    @GetMapping("/institutions/{code}")
    InstitutionReadiness institution(@PathVariable String code) {
        return queries.institution(code);
    }
}
