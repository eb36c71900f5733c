package org.irtiqa.localstack;

/**
 * {@code ./irtiqa token [--issuer URL] <account>}: an access token for a demo account of the local
 * provider (LOCAL USE ONLY) on standard output and nothing else, so that
 * {@code curl -H "Authorization: Bearer $(./irtiqa token admin)" ...} works. Errors go to standard
 * error with a non-zero exit.
 */
public final class TokenCommand {

    static final String DEFAULT_ISSUER = "http://127.0.0.1:8090";
    static final String USAGE = "usage: ./irtiqa token [--issuer " + DEFAULT_ISSUER + "] <account>\n"
            + "  accounts: admin, operator, viewer, coordinator-<CODE> (any institution code), demo-loader";

    private TokenCommand() {}

    public static void main(String[] args) {
        String issuer = DEFAULT_ISSUER;
        String account = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--issuer") && i + 1 < args.length) {
                issuer = args[++i];
            } else if (args[i].startsWith("--issuer=")) {
                issuer = args[i].substring("--issuer=".length());
            } else if (account == null && !args[i].startsWith("-")) {
                account = args[i];
            } else {
                fail(2, USAGE);
            }
        }
        if (account == null) {
            fail(2, USAGE);
        }
        try {
            System.out.println(AccessTokens.of(issuer).token(account));
        } catch (RuntimeException e) {
            fail(1, "irtiqa token: " + e.getMessage());
        }
    }

    private static void fail(int status, String message) {
        System.err.println(message);
        System.exit(status);
    }
}
