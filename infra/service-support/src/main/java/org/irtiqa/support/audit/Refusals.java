package org.irtiqa.support.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.irtiqa.support.security.Caller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Records 403s in the trail, merged per (sub, method, path template, minute). The security filter
 * chain's refusals come here through {@link #record(HttpServletRequest)}, a static door because
 * the chain's handlers are built before (and apart from) the beans; a refusal inside a controller
 * ({@code ForbiddenException}) is seen by the audit filter and comes here too. A 401 never does:
 * it carries no identity (a metric and a rate-limited log line, security.md).
 */
public final class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private final AuditTrail trail;
    private final AuditedRequests requests;
    private final Supplier<PathTemplates> templates;

    Refusals(AuditTrail trail, AuditedRequests requests, Supplier<PathTemplates> templates) {
        this.trail = trail;
        this.requests = requests;
        this.templates = templates;
    }

    /** A 403 of the security filter chain for the signed-in caller of {@code request}. */
    public static void record(HttpServletRequest request) {
        WebApplicationContext context =
                WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        if (context != null) {
            context.getBeanProvider(Refusals.class).ifAvailable(refusals -> refusals.refused(request));
        }
    }

    void refused(HttpServletRequest request) {
        Caller caller = AuditedRequests.caller();
        if (caller != null) {
            refused(requests.start(request, caller), templates.get().of(request));
        }
    }

    /**
     * Merges one refusal in a statement of its own. A database that cannot take it does not turn
     * the 403 into a 500: the refusal is logged instead, and still counted by the refusal metric.
     */
    void refused(AuditRecord started, String template) {
        AuditRecord refusal = new AuditRecord(
                started.id(),
                started.time(),
                started.sub(),
                started.roles(),
                started.method(),
                template,
                null,
                403,
                started.correlationId());
        try {
            trail.refused(refusal);
        } catch (DataAccessException e) {
            log.error("Could not record a 403 for {} {} in the audit trail", refusal.method(), refusal.path(), e);
        }
    }
}
