package org.irtiqa.localstack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The ACL table of security.md "Kafka and the registry", written once: who writes and who reads
 * each topic of events.md, and each consuming service's consumer groups. {@link #bindings()}
 * expands each row into Kafka ACLs (principal {@code User:<service>}); a production cluster gets
 * the same bindings from its operators ({@code kafka-acls.sh}, README "Signing in").
 *
 * <p>What each kind of row grants, and why (found in the services' code):
 *
 * <ul>
 *   <li>{@link Kind#WRITES}: WRITE (the outbox relay's idempotent producer: WRITE on a topic is
 *       enough for its producer id since KIP-679) and CREATE (the writer declares its topics with
 *       {@code NewTopic} beans, created by Spring's {@code KafkaAdmin} at start-up). DESCRIBE is
 *       implied by WRITE: {@code KafkaAdmin}'s describeTopics, metadata.
 *   <li>{@link Kind#READS}: READ on the topic (DESCRIBE implied: the lag health's describeTopics
 *       and listOffsets, analytics' rebuild in {@code IntakeOffsets}); and on its dead-letter topic
 *       {@code <topic>.DLT}, which the consumer declares (CREATE), writes (WRITE: the dead-letter
 *       publisher) and reads back into its dead_letter table (READ: the archive's own group).
 *   <li>{@link Kind#FEEDS}: READ on the topic only: a consumer without a group that commits
 *       nothing and dead-letters nothing (analytics' readiness streams, fed on every instance from
 *       {@code analytics.readiness.v1}, api.md).
 *   <li>{@link Kind#GROUPS}: READ on every group whose name starts with the prefix (DESCRIBE
 *       implied): joining and committing ({@code scheduling-roster}, {@code analytics-intake},
 *       {@code <service>-dead-letters}), the lag health's listConsumerGroupOffsets, and the
 *       rebuild's alterConsumerGroupOffsets (an offset commit: READ on group and topic).
 * </ul>
 *
 * Nothing else: no service may write another's topic (not even a consumer its input: a
 * dead-letter replay, which sends the record back to its original topic, is refused; README),
 * read a topic it does not consume, or use another service's groups.
 */
public final class KafkaAcls {

    public static final String REGISTRATION = "registration-service";
    public static final String SCHEDULING = "scheduling-service";
    public static final String ANALYTICS = "analytics-service";

    /** The services that have Kafka credentials, in the order of the table. */
    public static final List<String> SERVICES = List.of(REGISTRATION, SCHEDULING, ANALYTICS);

    enum Kind {
        WRITES,
        READS,
        FEEDS,
        GROUPS
    }

    record Row(String service, Kind kind, List<String> names) {}

    static final List<Row> TABLE = List.of(
            new Row(
                    REGISTRATION,
                    Kind.WRITES,
                    List.of(
                            "registration.institutions.v1",
                            "registration.cohorts.v1",
                            "registration.participants.v1",
                            "registration.enrolments.v1")),
            new Row(
                    SCHEDULING,
                    Kind.WRITES,
                    List.of("scheduling.sessions.v1", "scheduling.attendance.v1", "scheduling.assessments.v1")),
            new Row(
                    SCHEDULING,
                    Kind.READS,
                    List.of("registration.cohorts.v1", "registration.participants.v1", "registration.enrolments.v1")),
            new Row(SCHEDULING, Kind.GROUPS, List.of("scheduling-")),
            new Row(ANALYTICS, Kind.WRITES, List.of("analytics.readiness.v1")),
            new Row(
                    ANALYTICS,
                    Kind.READS,
                    List.of(
                            "registration.institutions.v1",
                            "registration.cohorts.v1",
                            "registration.participants.v1",
                            "registration.enrolments.v1",
                            "scheduling.sessions.v1",
                            "scheduling.attendance.v1",
                            "scheduling.assessments.v1")),
            // every instance feeds its readiness streams from its own output (api.md)
            new Row(ANALYTICS, Kind.FEEDS, List.of("analytics.readiness.v1")),
            new Row(ANALYTICS, Kind.GROUPS, List.of("analytics-")));

    /** Kafka's implied operations: READ, WRITE, DELETE and ALTER each allow DESCRIBE. */
    private static final Set<AclOperation> IMPLY_DESCRIBE =
            Set.of(AclOperation.READ, AclOperation.WRITE, AclOperation.DELETE, AclOperation.ALTER);

    private KafkaAcls() {}

    /** Every ACL of the table, each an ALLOW for {@code User:<service>} from any host. */
    public static List<AclBinding> bindings() {
        List<AclBinding> bindings = new ArrayList<>();
        for (Row row : TABLE) {
            for (String name : row.names()) {
                switch (row.kind()) {
                    case WRITES -> {
                        allow(
                                bindings,
                                row.service(),
                                ResourceType.TOPIC,
                                PatternType.LITERAL,
                                name,
                                AclOperation.WRITE);
                        allow(
                                bindings,
                                row.service(),
                                ResourceType.TOPIC,
                                PatternType.LITERAL,
                                name,
                                AclOperation.CREATE);
                    }
                    case READS -> {
                        allow(
                                bindings,
                                row.service(),
                                ResourceType.TOPIC,
                                PatternType.LITERAL,
                                name,
                                AclOperation.READ);
                        String dlt = name + ".DLT";
                        for (AclOperation op : List.of(AclOperation.WRITE, AclOperation.READ, AclOperation.CREATE)) {
                            allow(bindings, row.service(), ResourceType.TOPIC, PatternType.LITERAL, dlt, op);
                        }
                    }
                    case FEEDS ->
                        allow(
                                bindings,
                                row.service(),
                                ResourceType.TOPIC,
                                PatternType.LITERAL,
                                name,
                                AclOperation.READ);
                    case GROUPS ->
                        allow(
                                bindings,
                                row.service(),
                                ResourceType.GROUP,
                                PatternType.PREFIXED,
                                name,
                                AclOperation.READ);
                }
            }
        }
        return List.copyOf(bindings);
    }

    /**
     * Whether the table lets {@code service} do {@code operation} on the named topic or group, with
     * Kafka's matching (literal or prefixed names, DESCRIBE implied): what a test expects the broker
     * to answer.
     */
    public static boolean permits(String service, ResourceType type, String name, AclOperation operation) {
        return bindings().stream()
                .anyMatch(b -> b.entry().principal().equals(principal(service))
                        && b.pattern().resourceType() == type
                        && (b.pattern().patternType() == PatternType.LITERAL
                                ? b.pattern().name().equals(name)
                                : name.startsWith(b.pattern().name()))
                        && (b.entry().operation() == operation
                                || (operation == AclOperation.DESCRIBE
                                        && IMPLY_DESCRIBE.contains(b.entry().operation()))));
    }

    /** Every topic the table names (events.md's and their dead-letter topics). */
    public static List<String> topics() {
        return bindings().stream()
                .filter(b -> b.pattern().resourceType() == ResourceType.TOPIC)
                .map(b -> b.pattern().name())
                .distinct()
                .sorted()
                .toList();
    }

    static String principal(String user) {
        return "User:" + user;
    }

    private static void allow(
            List<AclBinding> bindings,
            String service,
            ResourceType type,
            PatternType pattern,
            String name,
            AclOperation operation) {
        bindings.add(new AclBinding(
                new ResourcePattern(type, name, pattern),
                new AccessControlEntry(principal(service), "*", operation, AclPermissionType.ALLOW)));
    }
}
