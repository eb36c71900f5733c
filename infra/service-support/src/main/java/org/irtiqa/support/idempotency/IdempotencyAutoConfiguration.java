package org.irtiqa.support.idempotency;

import java.time.Duration;
import org.irtiqa.support.web.WebAutoConfiguration;
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

    @Bean
    IdempotencyCleaner irtiqaIdempotencyCleaner(
            IdempotencyKeys keys, @Value("${irtiqa.idempotency.retention:24h}") Duration retention) {
        return new IdempotencyCleaner(keys, retention);
    }
}
