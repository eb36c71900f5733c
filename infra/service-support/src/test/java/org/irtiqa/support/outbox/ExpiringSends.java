package org.irtiqa.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.metrics.KafkaMetric;

/**
 * The real producer, except that the first send of one event (by its {@code ce_id}) never reaches
 * the broker and its future fails at the next flush, after the sends that followed it were handed
 * on: what a batch that expired while the broker was away looks like to the relay, made
 * deterministic. Everything else goes to the real producer.
 */
final class ExpiringSends implements Producer<String, byte[]> {

    private final Producer<String, byte[]> real;
    private final String eventId;
    private final AtomicInteger expired;
    private final List<CompletableFuture<RecordMetadata>> held = new ArrayList<>();

    /** @param expired counts the sends this wrapper let expire (shared by every wrapper of a test) */
    ExpiringSends(Producer<String, byte[]> real, String eventId, AtomicInteger expired) {
        this.real = real;
        this.eventId = eventId;
        this.expired = expired;
    }

    @Override
    public Future<RecordMetadata> send(ProducerRecord<String, byte[]> record) {
        return send(record, null);
    }

    @Override
    public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
        if (eventId.equals(ceId(record)) && expired.compareAndSet(0, 1)) {
            CompletableFuture<RecordMetadata> future = new CompletableFuture<>();
            held.add(future);
            return future;
        }
        return real.send(record, callback);
    }

    @Override
    public synchronized void flush() {
        real.flush();
        held.forEach(f -> f.completeExceptionally(
                new TimeoutException("Expiring 1 record(s): delivery timeout elapsed (simulated)")));
        held.clear();
    }

    private static String ceId(ProducerRecord<String, byte[]> record) {
        Header header = record.headers().lastHeader("ce_id");
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void initTransactions() {
        real.initTransactions();
    }

    @Override
    public void beginTransaction() {
        real.beginTransaction();
    }

    @Override
    public void sendOffsetsToTransaction(
            Map<TopicPartition, OffsetAndMetadata> offsets, ConsumerGroupMetadata groupMetadata) {
        real.sendOffsetsToTransaction(offsets, groupMetadata);
    }

    @Override
    public void commitTransaction() {
        real.commitTransaction();
    }

    @Override
    public void abortTransaction() {
        real.abortTransaction();
    }

    @Override
    public void registerMetricForSubscription(KafkaMetric metric) {
        real.registerMetricForSubscription(metric);
    }

    @Override
    public void unregisterMetricFromSubscription(KafkaMetric metric) {
        real.unregisterMetricFromSubscription(metric);
    }

    @Override
    public List<PartitionInfo> partitionsFor(String topic) {
        return real.partitionsFor(topic);
    }

    @Override
    public Map<MetricName, ? extends Metric> metrics() {
        return real.metrics();
    }

    @Override
    public Uuid clientInstanceId(Duration timeout) {
        return real.clientInstanceId(timeout);
    }

    @Override
    public void close() {
        real.close();
    }

    @Override
    public void close(Duration timeout) {
        real.close(timeout);
    }
}
