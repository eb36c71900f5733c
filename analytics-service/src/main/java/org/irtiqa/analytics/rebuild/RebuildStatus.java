package org.irtiqa.analytics.rebuild;

/** Whether a rebuild from offset 0 is running, and how many were started. */
public record RebuildStatus(int generation, boolean rebuilding) {}
