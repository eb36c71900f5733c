package org.irtiqa.support.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;

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

    @Bean
    ProblemDetailsAdvice irtiqaProblemDetailsAdvice() {
        return new ProblemDetailsAdvice();
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
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    @Bean
    JsonSettings irtiqaJsonSettings() {
        return new JsonSettings();
    }
}
