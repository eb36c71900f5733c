package org.irtiqa.support.audit;

import java.time.Clock;
import java.util.List;
import org.irtiqa.support.web.WebAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The audit trail of every service (security.md "Audit trail"): the table (migration V0_7), the
 * filter that records writes and refusals, and {@code GET /api/admin/audit}. The filter runs right
 * after the security filter chain and before the body-size and Idempotency-Key filters, so that it
 * sees every authorised write's final status (a 413 too) and opens the transaction they join.
 */
@AutoConfiguration(
        afterName = {
            "org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration",
            "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean({JdbcClient.class, PlatformTransactionManager.class})
public class AuditAutoConfiguration {

    /** Before the body-size filter ({@code AFTER_SECURITY}), after Spring Security's chain (-100). */
    static final int ORDER = WebAutoConfiguration.AFTER_SECURITY - 5;

    @Bean
    AuditTrail irtiqaAuditTrail(JdbcClient jdbc) {
        return new AuditTrail(jdbc);
    }

    @Bean
    AuditedRequests irtiqaAuditedRequests(ObjectProvider<Clock> clock) {
        return new AuditedRequests(clock.getIfUnique(Clock::systemUTC));
    }

    @Bean
    Refusals irtiqaRefusals(
            AuditTrail trail, AuditedRequests requests, ObjectProvider<RequestMappingHandlerMapping> mappings) {
        return new Refusals(
                trail,
                requests,
                () -> new PathTemplates(mappings.orderedStream().toList()));
    }

    @Bean
    FilterRegistrationBean<AuditFilter> irtiqaAuditFilter(
            AuditTrail trail,
            AuditedRequests requests,
            Refusals refusals,
            PlatformTransactionManager transactions,
            @Value("${irtiqa.audit.own-transaction-paths:/api/admin/**}") List<String> ownTransactionPaths) {
        var registration = new FilterRegistrationBean<>(new AuditFilter(
                trail,
                requests,
                refusals,
                new TransactionTemplate(transactions),
                ownTransactionPaths.stream()
                        .map(PathPatternParser.defaultInstance::parse)
                        .toList()));
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    AuditController irtiqaAuditController(AuditTrail trail) {
        return new AuditController(trail);
    }
}
