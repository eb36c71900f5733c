package org.irtiqa.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/admin/audit?from=&to=&sub=&page=&size=} on every service (operators and the
 * programme office, as the common access rows say): the trail, newest first, paged.
 */
@RestController
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/admin/audit")
    AuditPage list(HttpServletRequest request) {
        return trail.page(AuditQuery.of(request.getParameterMap()));
    }
}
