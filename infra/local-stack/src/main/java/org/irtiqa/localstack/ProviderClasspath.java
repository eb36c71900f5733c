package org.irtiqa.localstack;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How to launch the identity provider, from the identity-provider jar on our classpath (a
 * dependency with an exclusion of *:*, so Spring Authorization Server never lands on ours): its
 * own classes (that jar, or target/classes in a reactor build) plus the runtime classpath it
 * carries as {@code org/irtiqa/identity/classpath.txt}.
 */
final class ProviderClasspath {

    static final String MAIN_CLASS = "org.irtiqa.identity.IdentityProviderApplication";
    private static final String RESOURCE = "org/irtiqa/identity/classpath.txt";

    private ProviderClasspath() {}

    static String get() {
        URL url = ProviderClasspath.class.getClassLoader().getResource(RESOURCE);
        if (url == null) {
            throw new IllegalStateException(RESOURCE + " is not on the classpath: add org.irtiqa:identity-provider");
        }
        String dependencies;
        try (InputStream in = url.openStream()) {
            dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String jar : dependencies.split(File.pathSeparator)) {
            if (!Files.exists(Path.of(jar))) {
                throw new IllegalStateException("The identity provider's classpath names " + jar
                        + ", which is not there: build infra/identity-provider on this machine "
                        + "(mvn -pl infra/identity-provider install)");
            }
        }
        return codeSource(url) + File.pathSeparator + dependencies;
    }

    /** The jar holding the resource, or the directory it sits under (target/classes). */
    private static String codeSource(URL url) {
        String text = url.toString();
        try {
            if (text.startsWith("jar:")) {
                return Path.of(URI.create(text.substring(4, text.indexOf("!/"))))
                        .toString();
            }
            Path resource = Path.of(url.toURI());
            Path root = resource;
            for (int i = 0; i < RESOURCE.split("/").length; i++) {
                root = root.getParent();
            }
            return root.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot tell where " + text + " comes from", e);
        }
    }
}
