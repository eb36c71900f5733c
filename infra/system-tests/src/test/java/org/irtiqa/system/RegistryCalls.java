package org.irtiqa.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.irtiqa.localstack.RegistryUser;

/** A plain GET of the registry's API, with a user's basic credentials or none (null). */
final class RegistryCalls {

    private RegistryCalls() {}

    static int status(String url, RegistryUser user) {
        return get(url, user).statusCode();
    }

    static String body(String url, RegistryUser user) {
        return get(url, user).body();
    }

    private static HttpResponse<String> get(String url, RegistryUser user) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder().encodeToString(user.userInfo().getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
