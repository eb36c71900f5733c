package org.irtiqa.support.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.validation.Validator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTTP conventions of api.md for every service: problem details for every error, body size
 * limits, correlation ids, and the JSON rules. Runs before Spring MVC's own configuration so that
 * its problem-details handler backs off in favour of ours.
 */
@AutoConfiguration(
        beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(WebLimitsProperties.class)
public class WebAutoConfiguration {

    /**
     * Order of the filters that must see only authorised requests: after Spring Security's filter
     * chain (Spring Boot registers it at -100, {@code spring.security.filter.order}).
     */
    public static final int AFTER_SECURITY = -100 + 10;

    @Bean
    ProblemDetailsAdvice irtiqaProblemDetailsAdvice(
            JsonMapper json, ObjectProvider<Validator> validator, ObjectProvider<MeterRegistry> meters) {
        return new ProblemDetailsAdvice(
                new WholeBodyProblems(json, validator.getIfUnique()),
                new ClientAborts(meters.getIfAvailable(() -> Metrics.globalRegistry)));
    }

    @Bean
    BodyCapture irtiqaBodyCapture() {
        return new BodyCapture();
    }

    /** Unknown query parameters and impossible code filters are 400s naming them. */
    @Bean
    WebMvcConfigurer irtiqaQueryParameters() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new QueryParameters());
            }
        };
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> irtiqaCorrelationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeFilter> irtiqaBodySizeFilter(WebLimitsProperties properties) {
        var registration = new FilterRegistrationBean<>(new BodySizeFilter(properties));
        // After the security filter chain: 401 and 403 come before anything about the body.
        registration.setOrder(AFTER_SECURITY);
        return registration;
    }

    @Bean
    JsonSettings irtiqaJsonSettings() {
        return new JsonSettings();
    }
}
