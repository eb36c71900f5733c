package org.irtiqa.support.security;

import java.util.Set;
import org.springframework.http.HttpMethod;

/**
 * One row of a service's access table (api.md, "Who may call what"): requests of {@code method}
 * (null: any method) on paths matching {@code pattern} need one of {@code roles}; an empty set
 * means open to anyone, without a token.
 */
public record AccessRule(HttpMethod method, String pattern, Set<Role> roles) {

    public AccessRule {
        roles = Set.copyOf(roles);
    }

    public static AccessRule allow(HttpMethod method, String pattern, Role... roles) {
        return new AccessRule(method, pattern, Set.of(roles));
    }

    public static AccessRule open(String pattern) {
        return new AccessRule(HttpMethod.GET, pattern, Set.of());
    }

    public boolean isOpen() {
        return roles.isEmpty();
    }
}
