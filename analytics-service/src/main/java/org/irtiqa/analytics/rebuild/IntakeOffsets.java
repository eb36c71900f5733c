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

/**
 * The intake consumer group's committed offsets on the input topics: reset to 0, and compared with
 * the head; and who else is in the group (a reset needs it empty).
 */
@Component
class IntakeOffsets implements DisposableBean {

    private final Admin admin;

    IntakeOffsets(KafkaAdmin kafkaAdmin) {
        this.admin = Admin.create(kafkaAdmin.getConfigurationProperties());
    }

    /** The group's members, as {@code clientId@host}: asked with the local intake stopped, every one is another instance's. */
    List<String> members(String group) throws ExecutionException, InterruptedException {
        return admin.describeConsumerGroups(List.of(group)).all().get().get(group).members().stream()
                .map(member -> member.clientId() + "@" + member.host())
                .sorted()
                .toList();
    }

    /** Only while the group has no running member (the container is stopped). */
    void resetToZero(String group) throws ExecutionException, InterruptedException {
        Map<TopicPartition, OffsetAndMetadata> zero = new HashMap<>();
        for (TopicPartition partition : partitions()) {
            zero.put(partition, new OffsetAndMetadata(0));
        }
        admin.alterConsumerGroupOffsets(group, zero).all().get();
    }

    /**
     * How far the group has come through the input partitions: records up to its committed offsets
     * out of records up to the partitions' current ends; caught up when it has committed, on every
     * non-empty input partition, at least the partition's current end.
     */
    record Progress(long folded, long total, boolean caughtUp) {

        double ratio() {
            return total == 0 ? 1.0 : (double) folded / total;
        }
    }

    Progress progress(String group) throws ExecutionException, InterruptedException {
        List<TopicPartition> partitions = partitions();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        var ends = admin.listOffsets(latest).all().get();
        var committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        long folded = 0;
        long total = 0;
        boolean caughtUp = true;
        for (TopicPartition partition : partitions) {
            long end = ends.get(partition).offset();
            OffsetAndMetadata at = committed.get(partition);
            long done = at == null ? 0 : Math.min(at.offset(), end);
            folded += done;
            total += end;
            caughtUp &= end == 0 || done >= end;
        }
        return new Progress(folded, total, caughtUp);
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
