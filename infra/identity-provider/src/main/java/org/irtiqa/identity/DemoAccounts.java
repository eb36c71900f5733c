package org.irtiqa.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * LOCAL USE ONLY: every account and client of the local provider, as data. The secrets are in the
 * source on purpose ({@code local-only-<name>}), so that a developer and a test can sign in without
 * asking anyone; that is why this provider must never run outside a developer's machine or a test.
 *
 * <p>A {@link Kind#PERSON} is both a form-login user (the dashboard's authorization-code flow) and a
 * client-credentials client of the same name and secret (Spring Authorization Server has no
 * password grant, so {@code ./irtiqa token admin} gets its token through this real grant). A
 * {@code coordinator-<CODE>} exists for every code matching {@link #INSTITUTION_CODE}, made on first
 * use, so scripts can try an institution they created themselves.
 */
final class DemoAccounts {

    static final String PASSWORD_PREFIX = "local-only-";
    static final String COORDINATOR_PREFIX = "coordinator-";
    static final Pattern INSTITUTION_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9_-]{1,31}$");

    enum Kind {
        /** A form-login user and a client-credentials client. */
        PERSON,
        /** A client-credentials client only. */
        MACHINE,
        /** The dashboard's confidential client: authorization code with PKCE, refresh tokens. */
        DASHBOARD
    }

    /** What the tests need a token to be wrong about; nothing else differs. */
    enum Quirk {
        NONE,
        /** Issued already expired: iat/nbf 10 minutes ago, exp 5 minutes ago. */
        EXPIRED,
        /** Audience {@code other-service} instead of ours. */
        OTHER_AUDIENCE
    }

    /** {@code institution} is a String, or for the malformed test client a List (an array claim). */
    record Account(String name, Kind kind, List<String> roles, Object institution, Quirk quirk) {

        String password() {
            return PASSWORD_PREFIX + name;
        }
    }

    private static final Map<String, Account> FIXED = new LinkedHashMap<>();

    static {
        add(new Account("admin", Kind.PERSON, List.of("PROGRAMME_ADMIN"), null, Quirk.NONE));
        add(new Account("operator", Kind.PERSON, List.of("OPERATOR"), null, Quirk.NONE));
        add(new Account("viewer", Kind.PERSON, List.of("VIEWER"), null, Quirk.NONE));
        add(new Account("demo-loader", Kind.MACHINE, List.of("PROGRAMME_ADMIN"), null, Quirk.NONE));
        add(new Account("dashboard", Kind.DASHBOARD, List.of(), null, Quirk.NONE));
        // For tests of the services' refusals (local only): each token is wrong in one way.
        add(new Account("expired-viewer", Kind.MACHINE, List.of("VIEWER"), null, Quirk.EXPIRED));
        add(new Account("other-audience", Kind.MACHINE, List.of("VIEWER"), null, Quirk.OTHER_AUDIENCE));
        add(new Account(
                "coordinator-bad-claim",
                Kind.MACHINE,
                List.of("INSTITUTION_COORDINATOR"),
                List.of("MTCIT"),
                Quirk.NONE));
    }

    private DemoAccounts() {}

    private static void add(Account account) {
        FIXED.put(account.name(), account);
    }

    /** A fixed account, or {@code coordinator-<CODE>} for a well-formed code; empty for anything else. */
    static Optional<Account> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        Account fixed = FIXED.get(name);
        if (fixed != null) {
            return Optional.of(fixed);
        }
        if (name.startsWith(COORDINATOR_PREFIX)) {
            String code = name.substring(COORDINATOR_PREFIX.length());
            if (INSTITUTION_CODE.matcher(code).matches()) {
                return Optional.of(
                        new Account(name, Kind.PERSON, List.of("INSTITUTION_COORDINATOR"), code, Quirk.NONE));
            }
        }
        return Optional.empty();
    }
}
