package org.irtiqa.support.events;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code irtiqa.schema-registry.*}: the registry's Confluent API base URL (for Apicurio,
 * {@code http://host:port/apis/ccompat/v7}) and the timeout of each call to it.
 */
@ConfigurationProperties("irtiqa.schema-registry")
public record SchemaRegistryProperties(
        URI url, @DefaultValue("5s") Duration timeout) {}
