package org.irtiqa.support.testapp;

import java.util.Map;
import org.irtiqa.support.security.InstitutionScope;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Institution-scoped reads, as the services have them: a filtered list, a code in the path, a thing by id. */
@RestController
class ScopedController {

    private final InstitutionScope scope;

    ScopedController(InstitutionScope scope) {
        this.scope = scope;
    }

    @GetMapping("/api/scoped")
    Map<String, Object> list(@RequestParam(required = false) String institutionCode) {
        return Map.of(
                "filter",
                scope.listFilter(institutionCode).orElse("*"),
                "subject",
                scope.caller().subject());
    }

    @GetMapping("/api/scoped/institutions/{code}")
    Map<String, Object> ofInstitution(@PathVariable String code) {
        scope.requireInstitution(code);
        return Map.of("institution", code);
    }

    /** A thing "of" institution {@code owner}: another institution's coordinator is told it does not exist. */
    @GetMapping("/api/scoped/things/{owner}")
    Map<String, Object> thing(@PathVariable String owner) {
        if (!scope.canSee(owner)) {
            throw new NotFoundException("No such thing");
        }
        return Map.of("owner", owner);
    }
}
