package org.irtiqa.support.idempotency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.irtiqa.support.web.WebAutoConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Idempotency-Key handling for every POST of a service, after the security, correlation id and
 * body-size filters (a key is scoped to the caller's {@code sub}); keys older than {@code irtiqa.idempotency.retention} (at least 24 h) are deleted hourly.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({JdbcClient.class, PlatformTransactionManager.class})
public class IdempotencyAutoConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdempotencyAutoConfiguration.class);

    @Bean
    IdempotencyKeys irtiqaIdempotencyKeys(JdbcClient jdbc) {
        return new IdempotencyKeys(jdbc);
    }

    @Bean
    FilterRegistrationBean<IdempotencyFilter> irtiqaIdempotencyFilter(
            IdempotencyKeys keys, PlatformTransactionManager transactions) {
        var registration =
                new FilterRegistrationBean<>(new IdempotencyFilter(keys, new TransactionTemplate(transactions)));
        registration.setOrder(WebAutoConfiguration.AFTER_SECURITY + 10);
        return registration;
    }

    @Bean(destroyMethod = "shutdownNow")
    ScheduledExecutorService irtiqaIdempotencyCleaner(
            IdempotencyKeys keys, @Value("${irtiqa.idempotency.retention:24h}") Duration retention) {
        if (retention.compareTo(Duration.ofHours(24)) < 0) {
            throw new IllegalArgumentException(
                    "irtiqa.idempotency.retention must be at least 24h (api.md), not " + retention);
        }
        ScheduledExecutorService cleaner = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("idempotency-cleaner").factory());
        cleaner.scheduleWithFixedDelay(
                () -> {
                    try {
                        int deleted = keys.deleteOlderThan(retention);
                        log.debug("Deleted {} idempotency keys older than {}", deleted, retention);
                    } catch (RuntimeException e) {
                        log.warn("Could not delete old idempotency keys; will try again in an hour", e);
                    }
                },
                1,
                60,
                TimeUnit.MINUTES);
        return cleaner;
    }
}
