package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads the files of {@code infra/deploy} (and the services' application.yml) for
 * {@link DeploymentFilesTest}: YAML by path of keys, the Kubernetes objects kustomization.yaml
 * lists, compose's services, the Dockerfile. A path that breaks off fails the test there.
 */
final class DeployFiles {

    static final Path ROOT = Path.of("../..").toAbsolutePath().normalize();
    static final Path DEPLOY = ROOT.resolve("infra/deploy");
    static final Pattern HEALTHCHECK = Pattern.compile("/dev/tcp/127\\.0\\.0\\.1/(\\d+).*GET (\\S+) HTTP");

    private DeployFiles() {}

    static Set<String> kubernetesEnvironment(String service) {
        Map<String, Object> container = container(service);
        Set<String> names = new TreeSet<>();
        list(container, "env").forEach(variable -> names.add(at(variable, "name")));
        for (Object source : list(container, "envFrom")) {
            Map<String, Object> configMap = kubernetes("ConfigMap", at(source, "configMapRef", "name"));
            Map<String, Object> data = at(configMap, "data");
            names.addAll(data.keySet());
        }
        return names;
    }

    static Collection<String> names(Object environment) {
        return environment instanceof Map<?, ?> map
                ? map.keySet().stream().map(String::valueOf).toList()
                : list(environment).stream()
                        .map(v -> String.valueOf(v).split("=")[0])
                        .toList();
    }

    static List<String> properties(String prefix, Map<String, Object> yaml) {
        List<String> keys = new ArrayList<>();
        yaml.forEach((key, value) -> {
            String property = prefix.isEmpty() ? key : prefix + "." + key;
            if (value instanceof Map<?, ?>) {
                keys.addAll(properties(property, at(value)));
            } else {
                keys.add(property);
            }
        });
        return keys;
    }

    static Map<String, Object> applicationYml(String service) {
        return load(ROOT.resolve(service + "/src/main/resources/application.yml"));
    }

    static Map<String, Object> composeService(String service) {
        return at(load(DEPLOY.resolve("compose.yaml")), "services", service);
    }

    static Matcher healthcheck(String service) {
        String test = list(composeService(service), "healthcheck", "test").stream()
                .map(String::valueOf)
                .collect(Collectors.joining(" "));
        Matcher matcher = HEALTHCHECK.matcher(test);
        assertThat(matcher.find()).as("an HTTP GET of 127.0.0.1 in %s", test).isTrue();
        return matcher;
    }

    static Map<String, Object> pod(String service) {
        return at(kubernetes("Deployment", service), "spec", "template");
    }

    static Map<String, Object> container(String service) {
        List<Object> containers = list(pod(service), "spec", "containers");
        assertThat(containers).hasSize(1);
        return at(containers.getFirst());
    }

    /** The object of that kind and name among the files kustomization.yaml lists. */
    static Map<String, Object> kubernetes(String kind, String name) {
        Path k8s = DEPLOY.resolve("k8s");
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Object file : list(load(k8s.resolve("kustomization.yaml")), "resources")) {
            for (Object object : yaml().loadAll(read(k8s.resolve(String.valueOf(file))))) {
                objects.add(at(object));
            }
        }
        return objects.stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(at(o, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + k8s));
    }

    static String dockerfile() {
        return read(DEPLOY.resolve("Dockerfile"));
    }

    static Map<String, Object> load(Path file) {
        return yaml().load(read(file));
    }

    static Yaml yaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Object node, Object... path) {
        Object value = at(node, path);
        return String.valueOf(value);
    }

    static List<Object> list(Object node, Object... path) {
        return at(node, path);
    }

    /** The node at that path of map keys and list indexes; fails the test where the path breaks off. */
    @SuppressWarnings("unchecked")
    static <T> T at(Object node, Object... path) {
        Object current = node;
        for (Object step : path) {
            assertThat(current).as("%s of %s", step, Stream.of(path).toList()).isNotNull();
            current = step instanceof Integer index
                    ? ((List<Object>) current).get(index)
                    : ((Map<String, Object>) current).get(step);
        }
        assertThat(current).as("%s", Stream.of(path).toList()).isNotNull();
        return (T) current;
    }
}
