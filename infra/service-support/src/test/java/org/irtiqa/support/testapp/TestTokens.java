package org.irtiqa.support.testapp;

import java.net.URI;
import java.net.http.HttpRequest;
import org.irtiqa.localstack.AccessTokens;
import org.irtiqa.localstack.LocalStack;

/** Requests signed in as a demo account of the test JVM's real identity provider. */
public final class TestTokens {

    private TestTokens() {}

    public static String token(String account) {
        return AccessTokens.of(LocalStack.shared().identityProvider().issuerUri())
                .token(account);
    }

    /** A request to {@code uri} carrying {@code account}'s access token. */
    public static HttpRequest.Builder request(URI uri, String account) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token(account));
    }
}
