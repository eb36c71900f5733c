package org.irtiqa.support.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One row of the audit trail as {@code GET /api/admin/audit} shows it: who ({@code sub} and the
 * roles that counted), what (method, path template, resource id), how it ended (status), when, and
 * the correlation id to find the logs. {@code count} is above 1 only for merged 403s.
 */
public record AuditEntry(
        UUID id,
        Instant time,
        String sub,
        List<String> roles,
        String method,
        String path,
        String resourceId,
        int status,
        String correlationId,
        int count) {}
