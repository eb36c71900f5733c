package org.irtiqa.registration.system;

import static org.irtiqa.support.security.AccessRule.allow;
import static org.irtiqa.support.security.Role.INSTITUTION_COORDINATOR;
import static org.irtiqa.support.security.Role.PROGRAMME_ADMIN;
import static org.irtiqa.support.security.Role.VIEWER;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.HttpMethod.PUT;

import org.irtiqa.support.security.AccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who may call what on registration (api.md, "Who may call what"): the programme office writes
 * (every POST, and every PUT: the corrections of institutions, cohorts and participants);
 * institutions and cohorts are read by everyone signed in but operators; participants and
 * enrolments, which name people, by the programme office and — their own institution's only —
 * coordinators (the controllers apply that scope).
 */
@Configuration(proxyBeanMethods = false)
class AccessConfig {

    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                allow(POST, "/api/**", PROGRAMME_ADMIN),
                allow(PUT, "/api/**", PROGRAMME_ADMIN),
                allow(GET, "/api/institutions", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR, VIEWER),
                allow(GET, "/api/institutions/*", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR, VIEWER),
                allow(GET, "/api/cohorts", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR, VIEWER),
                allow(GET, "/api/cohorts/*", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR, VIEWER),
                allow(GET, "/api/participants", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR),
                allow(GET, "/api/participants/*", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR),
                allow(GET, "/api/enrolments", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR),
                allow(GET, "/api/enrolments/*", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR));
    }
}
