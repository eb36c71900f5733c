package org.irtiqa.support.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * What the trail keeps of one request, before it is written: the entry id made up front (it is
 * the {@code meta.actor} of the request's events), when it came in, who made it, and how it ended.
 */
record AuditRecord(
        UUID id,
        Instant time,
        String sub,
        String roles,
        String method,
        String path,
        String resourceId,
        int status,
        String correlationId) {

    AuditRecord withStatus(int newStatus) {
        return new AuditRecord(id, time, sub, roles, method, path, resourceId, newStatus, correlationId);
    }
}
