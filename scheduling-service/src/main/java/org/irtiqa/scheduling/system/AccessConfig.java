package org.irtiqa.scheduling.system;

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
 * Who may call what on scheduling (api.md, "Who may call what"): the programme office writes;
 * sessions and a cohort's calendar are read by everyone signed in but operators; the roster,
 * attendance and assessments, which name people and their scores, by the programme office and —
 * their own institution's only — coordinators (the controllers apply that scope).
 */
@Configuration(proxyBeanMethods = false)
class AccessConfig {

    @Bean
    AccessRules accessRules() {
        return AccessRules.of(
                // the corrections of api.md "Corrections and integrity", named although the rows
                // below cover them: the programme office alone corrects what was recorded
                allow(PUT, "/api/sessions/*", PROGRAMME_ADMIN),
                allow(POST, "/api/sessions/*/attendance/*/revocation", PROGRAMME_ADMIN),
                allow(POST, "/api/assessments/*/correction", PROGRAMME_ADMIN),
                allow(POST, "/api/assessments/*/retraction", PROGRAMME_ADMIN),
                allow(POST, "/api/**", PROGRAMME_ADMIN),
                allow(PUT, "/api/**", PROGRAMME_ADMIN),
                allow(GET, "/api/sessions/*", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR, VIEWER),
                allow(GET, "/api/cohorts/*/sessions", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR, VIEWER),
                allow(GET, "/api/sessions/*/attendance", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR),
                allow(GET, "/api/cohorts/*/roster", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR),
                allow(GET, "/api/assessments/*", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR),
                allow(GET, "/api/participants/*/assessments", PROGRAMME_ADMIN, INSTITUTION_COORDINATOR));
    }
}
