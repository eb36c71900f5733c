package org.irtiqa.support.web;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code irtiqa.web.*}: request body limits (api.md: 413 over 1 MiB, imports over 10 MiB).
 *
 * @param maxBodySize    the limit of every request body
 * @param largeBodyPaths path patterns (Spring {@code PathPattern}s, e.g. {@code /api/participants/import})
 *                       that get {@code largeBodySize} instead
 * @param largeBodySize  the limit on those paths
 */
@ConfigurationProperties("irtiqa.web")
public record WebLimitsProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue List<String> largeBodyPaths,
        @DefaultValue("10MB") DataSize largeBodySize) {}
