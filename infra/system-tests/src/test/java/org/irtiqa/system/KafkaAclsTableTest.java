package org.irtiqa.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.irtiqa.localstack.KafkaAcls;
import org.irtiqa.schemas.EventTypes;
import org.junit.jupiter.api.Test;

/**
 * The ACL table of local-stack's {@link KafkaAcls} against events.md's topics as the schemas
 * module lists them: one writer per topic, the service its name says; no grant on a topic that
 * does not exist. (That the broker enforces the table is {@link KafkaAuthorizationTest}'s.)
 */
class KafkaAclsTableTest {

    @Test
    void everyTopicOfTheCatalogueHasExactlyOneWriterTheServiceItsNameSays() {
        for (String topic : EventTypes.byTopic().keySet()) {
            List<String> writers = KafkaAcls.SERVICES.stream()
                    .filter(s -> KafkaAcls.permits(s, ResourceType.TOPIC, topic, AclOperation.WRITE))
                    .toList();
            String owner = topic.substring(0, topic.indexOf('.')) + "-service";
            assertThat(writers).as("writers of " + topic).containsExactly(owner);
        }
    }

    @Test
    void theTableNamesOnlyTheCataloguesTopicsAndTheirDeadLetterTopics() {
        List<String> known = EventTypes.byTopic().keySet().stream()
                .flatMap(t -> Stream.of(t, t + ".DLT"))
                .toList();
        assertThat(KafkaAcls.topics()).isNotEmpty().allSatisfy(t -> assertThat(known)
                .contains(t));
        assertThat(KafkaAcls.topics())
                .as("the compacted output is no consumer group's input: nothing dead-letters it")
                .doesNotContain(EventTypes.READINESS + ".DLT");
    }
}
