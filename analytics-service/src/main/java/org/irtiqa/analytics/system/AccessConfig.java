package org.irtiqa.analytics.system;

import static org.irtiqa.support.security.AccessRule.allow;
import static org.irtiqa.support.security.AccessRule.open;
import static org.irtiqa.support.security.Role.INSTITUTION_COORDINATOR;
import static org.irtiqa.support.security.Role.PROGRAMME_ADMIN;
import static org.irtiqa.support.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;

import org.irtiqa.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what on analytics (api.md, "Who may call what"): readiness figures for everyone
 * signed in but operators (the rebuild and dead letters are operators', in service-support's common
 * rows); the dashboard's static files are open, its data is not.
 */
@Configuration(proxyBeanMethods = false)
class AccessConfig {

    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                open("/"),
                open("/index.html"),
                open("/dashboard/**"),
                open("/favicon.ico"),
                // participant progress: personal data, never a viewer's (the coordinator's scope is checked by the
                // controller)
                allow(GET, "/api/readiness/institutions/*/participants", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR),
                allow(GET, "/api/readiness/**", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR, VIEWER));
    }
}
