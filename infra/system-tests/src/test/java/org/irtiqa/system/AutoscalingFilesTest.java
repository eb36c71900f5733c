package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.irtiqa.system.DeployFiles.DEPLOY;
import static org.irtiqa.system.DeployFiles.applicationYml;
import static org.irtiqa.system.DeployFiles.at;
import static org.irtiqa.system.DeployFiles.kubernetes;
import static org.irtiqa.system.DeployFiles.list;
import static org.irtiqa.system.DeployFiles.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.TopicPartition;
import org.irtiqa.localstack.LocalStack;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * infra/deploy/k8s/keda against the running services: each consuming service's ScaledObject scales
 * its own Deployment on the consumer group its listener joins, over exactly the topics it is assigned on
 * the running platform, never past a topic's partition count; its lag threshold is one batch of the
 * service's; KEDA signs in with Secrets and keys that the example Secrets hold; the overlay lists
 * every file beside it.
 */
class AutoscalingFilesTest {

    private static final Path KEDA = DEPLOY.resolve("k8s/keda");

    private final Platform platform = Platform.shared();

    @ParameterizedTest
    @ValueSource(strings = {"scheduling-service", "analytics-service"})
    void eachConsumerScalesOnItsOwnGroupsLagOverTheTopicsItReadsBoundedByThePartitions(String service)
            throws Exception {
        Map<String, Object> scaled = keda("ScaledObject", service);
        Map<String, Object> deployment = kubernetes("Deployment", service);
        assertThat(text(scaled, "spec", "scaleTargetRef", "name")).isEqualTo(service);
        int min = ((Number) at(scaled, "spec", "minReplicaCount")).intValue();
        int max = ((Number) at(scaled, "spec", "maxReplicaCount")).intValue();
        assertThat(min).as("the Deployment's replicas stay the floor").isEqualTo(at(deployment, "spec", "replicas"));
        assertThat(max).isGreaterThanOrEqualTo(min);

        // the group is the listener's id (Spring Kafka's @KafkaListener(id) is the group.id): whatever
        // the file names must be a group the running service has joined, over exactly these topics
        String group = text(list(scaled, "spec", "triggers").getFirst(), "metadata", "consumerGroup");
        String batch = text(applicationYml(service), "spring", "kafka", "consumer", "max-poll-records");
        String bootstrap = text(kubernetes("ConfigMap", service), "data", "SPRING_KAFKA_BOOTSTRAP_SERVERS");
        Set<String> topics = new TreeSet<>();
        for (Object trigger : list(scaled, "spec", "triggers")) {
            assertThat(text(trigger, "type")).isEqualTo("kafka");
            assertThat(text(trigger, "metadata", "consumerGroup")).isEqualTo(group);
            assertThat(text(trigger, "metadata", "bootstrapServers")).isEqualTo(bootstrap);
            assertThat(text(trigger, "metadata", "lagThreshold"))
                    .as("one batch")
                    .isEqualTo(batch);
            assertThat(text(trigger, "metadata", "allowIdleConsumers")).isEqualTo("false");
            assertThat(keda("TriggerAuthentication", text(trigger, "authenticationRef", "name")))
                    .isNotNull();
            topics.add(text(trigger, "metadata", "topic"));
        }

        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                LocalStack.shared().kafka().bootstrapServers()))) {
            platform.process(service); // running, its group joined
            Set<String> assigned = await().atMost(Duration.ofSeconds(90))
                    .ignoreExceptions() // GroupIdNotFoundException until the group has joined
                    .until(() -> assignedTopics(admin, group), a -> !a.isEmpty());
            assertThat(topics).as("the topics the running group reads").isEqualTo(assigned);
            admin.describeTopics(topics).allTopicNames().get().values().forEach(description -> assertThat(max)
                    .as("at most one instance per partition of " + description.name())
                    .isLessThanOrEqualTo(description.partitions().size()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"scheduling-service", "analytics-service"})
    void kedaSignsInAsTheServicesOwnKafkaUserFromSecretsThatExist(String service) {
        Map<String, Object> authentication = keda("TriggerAuthentication", service + "-kafka");
        List<String> secrets = new ArrayList<>();
        for (Object reference : list(authentication, "spec", "secretTargetRef")) {
            secrets.add(text(reference, "parameter") + "=" + text(reference, "name") + "/" + text(reference, "key"));
            assertThat(secretKeys(text(reference, "name")))
                    .as("Secret " + text(reference, "name"))
                    .contains(text(reference, "key"));
        }
        assertThat(secrets)
                .contains(
                        "username=" + service + "-kafka/sasl-username",
                        "password=" + service + "-kafka/sasl-password",
                        "ca=kafka-cluster-ca/ca.crt");
        String example = DeployFiles.read(DEPLOY.resolve("k8s/database-secrets.example.yaml"));
        assertThat(example).contains("sasl-username: " + service);
    }

    @org.junit.jupiter.api.Test
    void theOverlayListsTheServicesAndEveryFileBesideIt() throws Exception {
        List<Object> resources = list(DeployFiles.load(KEDA.resolve("kustomization.yaml")), "resources");
        try (var files = Files.list(KEDA)) {
            Set<String> beside = files.map(f -> f.getFileName().toString())
                    .filter(f -> f.endsWith(".yaml") && !f.equals("kustomization.yaml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(resources).map(String::valueOf).contains("../").containsAll(beside);
        }
    }

    private static Set<String> assignedTopics(Admin admin, String group) throws Exception {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                .flatMap(m -> m.assignment().topicPartitions().stream())
                .map(TopicPartition::topic)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The object of that kind and name among the overlay's own files. */
    private static Map<String, Object> keda(String kind, String name) {
        return objects(overlay()).stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(at(o, "metadata", "name")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " " + name + " in " + KEDA));
    }

    /** The keys of a Secret, in the example Secrets or in the overlay. */
    private static Set<String> secretKeys(String name) {
        List<Path> files = new ArrayList<>(overlay());
        files.add(DEPLOY.resolve("k8s/database-secrets.example.yaml"));
        return objects(files).stream()
                .filter(s -> "Secret".equals(s.get("kind")) && name.equals(at(s, "metadata", "name")))
                .flatMap(s -> {
                    Map<String, Object> data = at(s, s.containsKey("stringData") ? "stringData" : "data");
                    return data.keySet().stream();
                })
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The overlay's YAML files, in name order. */
    private static List<Path> overlay() {
        try (var files = Files.list(KEDA)) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every object of every file. */
    private static List<Map<String, Object>> objects(List<Path> files) {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (Path file : files) {
            for (Object object : DeployFiles.yaml().loadAll(DeployFiles.read(file))) {
                objects.add(at(object));
            }
        }
        return objects;
    }
}
