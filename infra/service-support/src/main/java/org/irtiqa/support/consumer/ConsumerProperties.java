package org.irtiqa.support.consumer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code irtiqa.consumer.concurrency}: how many consumers each batch listener of the
 * {@code batchFactory} runs in one instance (analytics' intake, scheduling's roster). Each owns
 * some of the topics' partitions, 12 each here; the default 3 keeps a small machine's cores and
 * connection pool for the rest while two instances (6 consumers) still share every partition out.
 * More than partitions / instances adds idle consumers.
 *
 * @param concurrency consumers per listener and instance
 */
@ConfigurationProperties("irtiqa.consumer")
public record ConsumerProperties(@DefaultValue("3") int concurrency) {}
