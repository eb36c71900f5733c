package org.irtiqa.support.audit;

import java.util.List;

/** A page of the trail, shaped like registration's paged lists (api.md "Conventions"). */
public record AuditPage(List<AuditEntry> items, int page, int size, long total) {}
