package org.irtiqa.analytics.rebuild;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.irtiqa.analytics.system.Topics;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

/** The intake consumer group's committed offsets on the input topics: reset to 0, and compared with the head. */
@Component
class IntakeOffsets implements DisposableBean {

    private final Admin admin;

    IntakeOffsets(KafkaAdmin kafkaAdmin) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    }

    /** Only while the group has no running member (the container is stopped). */
    void resetToZero(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
        for (TopicPartition partition : partitions()) {
            zero.put(partition, new OffsetAndMetadata(0));
        }
        admin.alterConsumerGroupOffsets(group, zero).all().get();
    }

    /** True when the group has committed, on every input partition, at least the partition's current end. */
    boolean caughtUp(String group) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        var committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition).offset();
            OffsetAndMetadata at = committed.get(partition);
            if (end > 0 && (at == null || at.offset() < end)) {
                return false;
            }
        }
        return true;
    }

    private List<TopicPartition> partitions() throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(Topics.INPUTS)).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
                .toList();
    }

    @Override
    public void destroy() {
        admin.close();
    }
}
