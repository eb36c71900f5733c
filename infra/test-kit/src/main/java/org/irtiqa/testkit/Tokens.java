package org.irtiqa.testkit;

import org.irtiqa.localstack.AccessTokens;
import org.irtiqa.localstack.LocalStack;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Access tokens of the demo accounts from the test JVM's real identity provider (local-stack),
 * obtained through a real client-credentials grant: tests call the services as people do, signed
 * in, never with security switched off.
 */
public final class Tokens {

    public static final String ADMIN = "admin";
    public static final String OPERATOR = "operator";
    public static final String VIEWER = "viewer";

    private Tokens() {}

    /** The {@code Authorization} header value for {@code account} (e.g. "admin", "coordinator-MTCIT"). */
    public static String bearer(String account) {
        return "Bearer " + token(account);
    }

    public static String token(String account) {
        return AccessTokens.of(LocalStack.shared().identityProvider().issuerUri())
                .token(account);
    }

    /** A client of the service on {@code port} signed in as {@code account}; null: one that sends no token. */
    public static RestTestClient client(int port, String account) {
        var client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port);
        if (account != null) {
            client.defaultHeader("Authorization", bearer(account));
        }
        return client.build();
    }

    public static String coordinator(String institutionCode) {
        return "coordinator-" + institutionCode;
    }
}
