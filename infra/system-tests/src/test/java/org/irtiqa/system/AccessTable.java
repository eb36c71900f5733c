package org.irtiqa.system;

import java.util.List;
import java.util.Set;

/**
 * api.md's "Who may call what", written once as data: every endpoint of the three services with
 * the roles that may call it (empty: open without a token). Paths use {@code {own}} for the
 * coordinator's own institution, {@code {cohort}} for a cohort code and {@code {id}} for an id
 * nobody has; allowed callers must get past sign-in and authorisation (any status but 401/403),
 * all others a 403, and every caller without a valid token a 401.
 */
final class AccessTable {

    enum Role {
        ADMIN,
        COORDINATOR,
        VIEWER,
        OPERATOR
    }

    /** One endpoint; {@code exercised} false: allowed callers are not sent it (it would start a rebuild). */
    record Endpoint(String service, String method, String path, Set<Role> allowed, boolean exercised) {

        @Override
        public String toString() {
            return service.replace("-service", "") + " " + method + " " + path;
        }
    }

    static final String REGISTRATION = "registration-service";
    static final String SCHEDULING = "scheduling-service";
    static final String ANALYTICS = "analytics-service";

    private static final Set<Role> ADMIN = Set.of(Role.ADMIN);
    private static final Set<Role> PEOPLE = Set.of(Role.ADMIN, Role.COORDINATOR);
    private static final Set<Role> READERS = Set.of(Role.ADMIN, Role.COORDINATOR, Role.VIEWER);
    private static final Set<Role> OPERATOR = Set.of(Role.OPERATOR);
    private static final Set<Role> OPEN = Set.of();

    static List<Endpoint> endpoints() {
        List<Endpoint> all = new java.util.ArrayList<>(List.of(
                e(REGISTRATION, "POST", "/api/institutions", ADMIN),
                e(REGISTRATION, "GET", "/api/institutions", READERS),
                e(REGISTRATION, "GET", "/api/institutions/{own}", READERS),
                e(REGISTRATION, "PUT", "/api/institutions/{own}", ADMIN),
                e(REGISTRATION, "POST", "/api/cohorts", ADMIN),
                e(REGISTRATION, "GET", "/api/cohorts", READERS),
                e(REGISTRATION, "GET", "/api/cohorts/{cohort}", READERS),
                e(REGISTRATION, "PUT", "/api/cohorts/{cohort}", ADMIN),
                e(REGISTRATION, "POST", "/api/participants", ADMIN),
                e(REGISTRATION, "POST", "/api/participants/import", ADMIN),
                e(REGISTRATION, "POST", "/api/participants/import?cohortCode={cohort}", ADMIN),
                e(REGISTRATION, "GET", "/api/participants", PEOPLE),
                e(REGISTRATION, "GET", "/api/participants?institutionCode={own}", PEOPLE),
                e(REGISTRATION, "GET", "/api/participants/{id}", PEOPLE),
                e(REGISTRATION, "PUT", "/api/participants/{id}", ADMIN),
                e(REGISTRATION, "POST", "/api/enrolments", ADMIN),
                e(REGISTRATION, "POST", "/api/enrolments/{id}/withdrawal", ADMIN),
                e(REGISTRATION, "POST", "/api/enrolments/{id}/completion", ADMIN),
                e(REGISTRATION, "GET", "/api/enrolments", PEOPLE),
                e(REGISTRATION, "GET", "/api/enrolments?institutionCode={own}", PEOPLE),
                e(REGISTRATION, "GET", "/api/enrolments?participantId={id}", PEOPLE),
                e(REGISTRATION, "GET", "/api/enrolments/{id}", PEOPLE),
                e(SCHEDULING, "POST", "/api/sessions", ADMIN),
                e(SCHEDULING, "GET", "/api/sessions/{id}", READERS),
                e(SCHEDULING, "PUT", "/api/sessions/{id}", ADMIN),
                e(SCHEDULING, "GET", "/api/cohorts/{cohort}/sessions", READERS),
                e(SCHEDULING, "POST", "/api/sessions/{id}/cancellation", ADMIN),
                e(SCHEDULING, "POST", "/api/sessions/{id}/completion", ADMIN),
                e(SCHEDULING, "POST", "/api/sessions/{id}/attendance", ADMIN),
                e(SCHEDULING, "POST", "/api/sessions/{id}/attendance/{id}/revocation", ADMIN),
                e(SCHEDULING, "GET", "/api/sessions/{id}/attendance", PEOPLE),
                e(SCHEDULING, "GET", "/api/cohorts/{cohort}/roster", PEOPLE),
                e(SCHEDULING, "GET", "/api/cohorts/{cohort}/roster?institutionCode={own}", PEOPLE),
                e(SCHEDULING, "POST", "/api/assessments", ADMIN),
                e(SCHEDULING, "GET", "/api/assessments/{id}", PEOPLE),
                e(SCHEDULING, "POST", "/api/assessments/{id}/correction", ADMIN),
                e(SCHEDULING, "POST", "/api/assessments/{id}/retraction", ADMIN),
                e(SCHEDULING, "GET", "/api/participants/{id}/assessments", PEOPLE),
                e(ANALYTICS, "GET", "/api/readiness/programme", READERS),
                e(ANALYTICS, "GET", "/api/readiness/institutions", READERS),
                e(ANALYTICS, "GET", "/api/readiness/institutions/{own}", READERS),
                e(ANALYTICS, "GET", "/api/readiness/governorates", READERS),
                e(ANALYTICS, "GET", "/api/readiness/governorates/MUSCAT", READERS),
                e(ANALYTICS, "GET", "/api/readiness/institutions?cohortCode={cohort}", READERS),
                e(ANALYTICS, "GET", "/api/readiness/institutions/{own}/participants", PEOPLE),
                e(ANALYTICS, "GET", "/api/readiness/institutions/{own}/history", READERS),
                e(ANALYTICS, "GET", "/api/readiness/programme/history", READERS),
                e(ANALYTICS, "GET", "/api/readiness/governorates/MUSCAT/history", READERS),
                e(ANALYTICS, "GET", "/api/readiness/cohorts", READERS),
                e(ANALYTICS, "GET", "/api/readiness/cohorts/{cohort}", READERS),
                e(ANALYTICS, "GET", "/api/readiness/cohorts/{cohort}/history", READERS),
                e(ANALYTICS, "GET", "/api/readiness/method", READERS),
                // an open stream does not end: its allowed callers are checked by the stream's own test
                new Endpoint(ANALYTICS, "GET", "/api/readiness/stream", READERS, false),
                e(ANALYTICS, "GET", "/api/admin/readiness/rebuild", OPERATOR),
                new Endpoint(ANALYTICS, "POST", "/api/admin/readiness/rebuild", OPERATOR, false)));
        for (String service : List.of(SCHEDULING, ANALYTICS)) {
            all.add(e(service, "GET", "/api/admin/dead-letters", OPERATOR));
            all.add(e(service, "POST", "/api/admin/dead-letters/{id}/replay", OPERATOR));
        }
        for (String service : List.of(REGISTRATION, SCHEDULING, ANALYTICS)) {
            all.add(e(service, "GET", "/actuator/health", OPERATOR));
            all.add(e(service, "GET", "/actuator/prometheus", OPERATOR));
            all.add(e(service, "GET", "/actuator/info", OPERATOR));
            all.add(e(service, "GET", "/actuator/health/liveness", OPEN));
            all.add(e(service, "GET", "/actuator/health/readiness", OPEN));
            all.add(e(service, "GET", "/v3/api-docs", OPEN));
        }
        return all;
    }

    private static Endpoint e(String service, String method, String path, Set<Role> allowed) {
        return new Endpoint(service, method, path, allowed, true);
    }

    private AccessTable() {}
}
