package org.irtiqa.support.security;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import org.irtiqa.support.security.browser.BrowserSignIn;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server (security.md): one filter chain, configured by the
 * issuer URI, the audience and the claim paths ({@link SecurityProperties}), and the service's
 * {@link AccessRules} applied as a table, after the rows every service shares. Sessions are not
 * kept, so there is nothing for CSRF to protect — except in a service that signs browsers in
 * ({@link BrowserSignIn}, analytics' dashboard), where the same chain also keeps sessions, asks
 * cookie-authenticated writes for a CSRF token and offers sign-out, with the same table, 401/403
 * answers and token checks. Responses carry the security headers of security.md. Runs before
 * Spring Boot's own security configuration, which then backs off.
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"
        })
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    JwtDecoder irtiqaJwtDecoder(SecurityProperties properties) {
        return TokenDecoder.of(properties);
    }

    /**
     * No observation per filter of the chain, per authentication and per decision: nothing here
     * reads them (a request's own, {@code http.server.requests}, stays), and they were a tenth of
     * what a read cost in ReadBenchmark's profile, each decision rendered as text.
     */
    @Bean
    SecurityObservationSettings irtiqaSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    SecurityFilterChain irtiqaSecurityFilterChain(
            HttpSecurity http,
            JwtDecoder decoder,
            SecurityProperties properties,
            ObjectProvider<AccessRules> serviceRules,
            ObjectProvider<BrowserSignIn> browserSignIn,
            MeterRegistry meters)
            throws Exception {
        AccessRules rules = serviceRules.getIfAvailable(AccessRules::of);
        TokenClaims claims = new TokenClaims(properties);
        SecurityProblems problems = new SecurityProblems(new RefusalMetrics(meters));
        http.authorizeHttpRequests(requests -> {
                    // Spring's own error and forward dispatches of a request already let through.
                    requests.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD)
                            .permitAll();
                    for (AccessRule rule : rules.withCommon()) {
                        var matched = rule.method() == null
                                ? requests.requestMatchers(rule.pattern())
                                : requests.requestMatchers(rule.method(), rule.pattern());
                        if (rule.isOpen()) {
                            matched.permitAll();
                        } else {
                            matched.hasAnyRole(
                                    rule.roles().stream().map(Role::name).toArray(String[]::new));
                        }
                    }
                    requests.anyRequest().authenticated();
                })
                .oauth2ResourceServer(
                        server -> server.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(claims))
                                .authenticationEntryPoint(problems)
                                .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable());
        BrowserSignIn browser = browserSignIn.getIfAvailable();
        if (browser == null) {
            http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                    .csrf(csrf -> csrf.disable())
                    .logout(logout -> logout.disable());
        } else {
            browser.configure(http, decoder, claims);
        }
        SecurityHeaders.apply(http);
        return http.build();
    }
}
