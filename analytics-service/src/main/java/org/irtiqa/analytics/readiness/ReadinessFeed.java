package org.irtiqa.analytics.readiness;

import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.irtiqa.analytics.system.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Feeds this instance's readiness streams from {@code analytics.readiness.v1} (api.md): whichever
 * instance published a change, every instance hears of it. Reads from the end of every partition,
 * without a consumer group (nothing to commit: a stream has no replay), and hands the keys, the
 * institutions whose figures changed, to {@link ReadinessStream}.
 */
@Component
class ReadinessFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReadinessFeed.class);

    private final KafkaProperties kafka;
    private final ReadinessStream stream;
    private volatile KafkaConsumer<String, byte[]> consumer;
    private volatile Thread thread;
    private volatile boolean running;

    ReadinessFeed(KafkaProperties kafka, ReadinessStream stream) {
        this.kafka = kafka;
        this.stream = stream;
    }

    @Override
    public void start() {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "analytics-readiness-feed");
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        running = true;
        thread = Thread.ofPlatform().name("readiness-feed").daemon().start(this::run);
    }

    private void run() {
        boolean assigned = false;
        while (running) {
            try {
                if (!assigned) {
                    List<TopicPartition> partitions =
                            consumer.partitionsFor(Topics.READINESS, Duration.ofSeconds(10)).stream()
                                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                                    .toList();
                    consumer.assign(partitions);
                    consumer.seekToEnd(partitions);
                    assigned = !partitions.isEmpty();
                }
                Set<String> changed = new LinkedHashSet<>();
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofSeconds(1))) {
                    changed.add(record.key());
                }
                if (!changed.isEmpty()) {
                    stream.changed(changed);
                }
            } catch (WakeupException stopping) {
                return;
            } catch (RuntimeException e) {
                log.warn("Readiness feed failed ({}); trying again in 1 s", e.getMessage());
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void stop() {
        running = false;
        if (consumer != null) {
            consumer.wakeup();
        }
        if (thread != null) {
            try {
                thread.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (consumer != null) {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
