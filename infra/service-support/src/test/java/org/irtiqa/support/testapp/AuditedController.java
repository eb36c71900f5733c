package org.irtiqa.support.testapp;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.irtiqa.support.web.ConflictException;
import org.irtiqa.support.web.FieldProblem;
import org.irtiqa.support.web.ForbiddenException;
import org.irtiqa.support.web.InvalidRequestException;
import org.irtiqa.support.web.UnknownReferenceException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A write for the audit trail's tests: registers an institution and its event (the service's
 * {@code @Transactional} method, which returns before anything fails), then answers as asked —
 * 201, or 400/409/422/500, or a 403 of institution scope. Every event goes under the outbox key
 * {@link #KEY}, one shard, so a later event on the topic proves an earlier one would be there.
 */
@RestController
class AuditedController {

    static final String KEY = "audited";

    private final Institutions institutions;

    AuditedController(Institutions institutions) {
        this.institutions = institutions;
    }

    @PostMapping("/api/audited/{code}")
    ResponseEntity<Map<String, Object>> register(
            @PathVariable String code, @RequestParam(required = false) Integer fail) {
        institutions.registerAs(KEY, code, "Audited " + code, "مؤسسة " + code);
        if (fail != null) {
            switch (fail) {
                case 400 -> throw new InvalidRequestException(List.of(new FieldProblem("fail", "asked to fail")));
                case 409 -> throw new ConflictException("asked-to-fail", "Asked to fail with a conflict");
                case 422 -> throw new UnknownReferenceException("fail", "Asked to fail with an unknown reference");
                case 403 -> throw new ForbiddenException("Asked to refuse");
                default -> throw new IllegalStateException("asked to fail");
            }
        }
        return ResponseEntity.created(URI.create("/api/audited/" + code)).body(Map.of("code", code));
    }
}
