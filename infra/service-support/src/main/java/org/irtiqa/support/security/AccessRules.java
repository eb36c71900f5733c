package org.irtiqa.support.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpMethod;

/**
 * A service's access table, first match wins. Each service declares one as a bean; service-support
 * puts its own rows first (the open probes and API documents, the operators' actuator endpoints and
 * dead letters, the audit trail) and after the service's rows lets any other request through only
 * with a valid token, so an unknown path is a 401 without one and a 404 with one.
 */
public record AccessRules(List<AccessRule> rules) {

    public AccessRules {
        rules = List.copyOf(rules);
    }

    public static AccessRules of(AccessRule... rules) {
        return new AccessRules(List.of(rules));
    }

    /** The rows every service has, before its own. */
    static List<AccessRule> common() {
        return List.of(
                AccessRule.open("/actuator/health/liveness"),
                AccessRule.open("/actuator/health/readiness"),
                AccessRule.open("/v3/api-docs"),
                AccessRule.open("/v3/api-docs/**"),
                AccessRule.open("/swagger-ui.html"),
                AccessRule.open("/swagger-ui/**"),
                AccessRule.allow(null, "/actuator/**", Role.OPERATOR),
                AccessRule.allow(HttpMethod.GET, "/api/admin/audit", Role.OPERATOR, Role.PROGRAMME_ADMIN),
                AccessRule.allow(null, "/api/admin/**", Role.OPERATOR));
    }

    /** The whole table in the order it is applied: the common rows, then the service's. */
    public List<AccessRule> withCommon() {
        List<AccessRule> all = new ArrayList<>(common());
        all.addAll(rules);
        return List.copyOf(all);
    }
}
