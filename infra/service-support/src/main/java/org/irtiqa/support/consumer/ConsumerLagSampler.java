package org.irtiqa.support.consumer;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.irtiqa.support.consumer.ConsumerLag.TopicLag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;

/**
 * Measures, every {@code irtiqa.consumer.lag.sample-interval} on a thread of its own (never on a
 * scrape or a probe), how far each listener's consumer group is behind on each consumed topic:
 * {@code irtiqa_consumer_lag_records{group,topic}} (end offset minus committed offset, summed over
 * the partitions; a partition the group never committed counts from its first offset, as the
 * consumers start there) and {@code irtiqa_consumer_lag_seconds{group,topic}} (now minus the
 * timestamp of the record at the committed offset — the oldest unconsumed record — the largest
 * over the partitions). The ages cost one small fetch of the lagging partitions only: a group that
 * keeps up costs three Admin calls a sample.
 */
final class ConsumerLagSampler implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ConsumerLagSampler.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final Admin admin;
    private final Consumer<byte[], byte[]> consumer;
    private final Supplier<Set<String>> groups;
    private final List<String> topics;
    private final boolean fromEarliest;
    private final Duration interval;
    private final Clock clock;
    private MultiGauge records;
    private MultiGauge seconds;
    private Counter failures;
    private ScheduledExecutorService executor;
    private volatile ConsumerLag last = ConsumerLag.NONE;
    private final Map<Tags, Series> series = new HashMap<>();

    ConsumerLagSampler(
            KafkaProperties kafka,
            Supplier<Set<String>> groups,
            ConsumedTopics consumed,
            ConsumerLagProperties properties,
            Clock clock) {
        Map<String, Object> adminConfig = new HashMap<>(kafka.buildAdminProperties());
        adminConfig.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        adminConfig.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) TIMEOUT.toMillis());
        adminConfig.putIfAbsent(AdminClientConfig.CLIENT_ID_CONFIG, "irtiqa-consumer-lag");
        this.admin = Admin.create(adminConfig);

        Map<String, Object> consumerConfig = new HashMap<>(kafka.buildConsumerProperties());
        this.fromEarliest = !"latest".equals(consumerConfig.get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG))
                && !"none".equals(consumerConfig.get(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG));
        // reads, never joins a group or commits: assigned partitions, positions set by seek
        consumerConfig.remove(ConsumerConfig.GROUP_ID_CONFIG);
        consumerConfig.remove(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 64 * 1024);
        consumerConfig.put(ConsumerConfig.CLIENT_ID_CONFIG, "irtiqa-consumer-lag");
        this.consumer = new DefaultKafkaConsumerFactory<>(
                        consumerConfig, new ByteArrayDeserializer(), new ByteArrayDeserializer())
                .createConsumer();
        this.groups = groups;
        this.topics = consumed.topics().stream().sorted().toList();
        this.interval = properties.sampleInterval();
        this.clock = clock;
    }

    void bindTo(MeterRegistry registry) {
        records = MultiGauge.builder("irtiqa.consumer.lag.records")
                .description("Records a consumer group has not yet committed on a topic")
                .register(registry);
        seconds = MultiGauge.builder("irtiqa.consumer.lag")
                .description("Age of the oldest record a consumer group has not yet committed on a topic")
                .baseUnit("seconds")
                .register(registry);
        failures = Counter.builder("irtiqa.consumer.lag.sample.failures")
                .description("Consumer lag measurements that failed (the lag gauges keep the last values)")
                .register(registry);
    }

    ConsumerLag last() {
        return last;
    }

    /** One measurement, now (the scheduled one calls this). */
    synchronized ConsumerLag sample() {
        try {
            last = measure();
            publish(last);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.debug("Consumer lag not measured", e);
            last = last.failed(e.getClass().getSimpleName());
            if (failures != null) {
                failures.increment();
            }
        }
        return last;
    }

    private ConsumerLag measure() throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics)
                .allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((t, d) -> d.partitions()
                        .forEach(p -> latest.put(new TopicPartition(t, p.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = offsets(latest);
        Map<String, Map<TopicPartition, Long>> positions = new TreeMap<>();
        Set<TopicPartition> uncommitted = new HashSet<>();
        for (String group : groups.get()) {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> at = new HashMap<>();
            for (TopicPartition partition : ends.keySet()) {
                OffsetAndMetadata done = committed.get(partition);
                if (done != null) {
                    at.put(partition, done.offset());
                } else if (fromEarliest) {
                    uncommitted.add(partition);
                }
            }
            positions.put(group, at);
        }
        if (!uncommitted.isEmpty()) {
            Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
            uncommitted.forEach(p -> earliest.put(p, OffsetSpec.earliest()));
            Map<TopicPartition, Long> starts = offsets(earliest);
            positions.values().forEach(at -> starts.forEach(at::putIfAbsent));
        }
        long now = clock.millis();
        Map<String, Map<String, TopicLag>> byGroup = new TreeMap<>();
        for (var group : positions.entrySet()) {
            Map<TopicPartition, Long> behind = new HashMap<>();
            group.getValue().forEach((partition, at) -> {
                if (ends.get(partition) > at) {
                    behind.put(partition, at);
                }
            });
            Map<TopicPartition, Long> timestamps = timestamps(behind);
            Map<String, long[]> perTopic = new TreeMap<>();
            topics.forEach(t -> perTopic.put(t, new long[2]));
            group.getValue().forEach((partition, at) -> {
                long[] topic = perTopic.get(partition.topic());
                topic[0] += Math.max(ends.get(partition) - at, 0);
                Long timestamp = timestamps.get(partition);
                if (timestamp != null && timestamp >= 0) {
                    topic[1] = Math.max(topic[1], now - timestamp);
                }
            });
            Map<String, TopicLag> lags = new TreeMap<>();
            perTopic.forEach((t, v) -> lags.put(t, new TopicLag(v[0], Duration.ofMillis(Math.max(v[1], 0)))));
            byGroup.put(group.getKey(), lags);
        }
        return new ConsumerLag(byGroup, Instant.ofEpochMilli(now), null);
    }

    private Map<TopicPartition, Long> offsets(Map<TopicPartition, OffsetSpec> specs) throws Exception {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        admin.listOffsets(specs)
                .all()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((p, o) -> offsets.put(p, o.offset()));
        return offsets;
    }

    /** The timestamp of the first record at or after each position (one fetch per partition, paused once found). */
    private Map<TopicPartition, Long> timestamps(Map<TopicPartition, Long> positions) {
        Map<TopicPartition, Long> found = new HashMap<>();
        if (positions.isEmpty()) {
            return found;
        }
        try {
            consumer.assign(positions.keySet());
            positions.forEach(consumer::seek);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (found.size() < positions.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    TopicPartition partition = new TopicPartition(record.topic(), record.partition());
                    if (!found.containsKey(partition) && record.offset() >= positions.get(partition)) {
                        found.put(partition, record.timestamp());
                        consumer.pause(List.of(partition));
                    }
                }
            }
        } finally {
            consumer.unsubscribe();
        }
        return found;
    }

    /**
     * Sets each series' value in place. The gauges read holders registered once per group and topic
     * ({@code overwrite} false): overwriting would remove a series and add it back, and a scrape in
     * between would find it missing. Series of groups or topics no longer measured are removed.
     */
    private void publish(ConsumerLag lag) {
        if (records == null) {
            return;
        }
        Set<Tags> measured = new HashSet<>();
        lag.byGroup()
                .forEach((group, byTopic) -> byTopic.forEach((topic, topicLag) -> {
                    Tags tags = Tags.of("group", group, "topic", topic);
                    Series one = series.computeIfAbsent(tags, t -> new Series());
                    one.records = topicLag.records();
                    one.seconds = topicLag.oldest().toMillis() / 1000.0;
                    measured.add(tags);
                }));
        series.keySet().retainAll(measured);
        List<MultiGauge.Row<?>> recordRows = new ArrayList<>();
        List<MultiGauge.Row<?>> secondRows = new ArrayList<>();
        series.forEach((tags, one) -> {
            recordRows.add(MultiGauge.Row.of(tags, one, s -> s.records));
            secondRows.add(MultiGauge.Row.of(tags, one, s -> s.seconds));
        });
        records.register(recordRows, false);
        seconds.register(secondRows, false);
    }

    /** The last measured values of one group and topic, read by its two gauges. */
    private static final class Series {
        volatile double records;
        volatile double seconds;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("irtiqa-consumer-lag").daemon().factory());
        executor.scheduleWithFixedDelay(this::sample, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = executor;
            executor = null;
        }
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (running != null) {
            synchronized (this) {
                consumer.close();
                admin.close(Duration.ofSeconds(2));
            }
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
