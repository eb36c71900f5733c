package org.irtiqa.support.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Sends the outbox to Kafka. One thread: take this relay's share of the shards, send a cycle,
 * then sleep until a NOTIFY arrives ({@link OutboxNotifications}), a failed shard's back-off
 * ends, or the poll interval passes. Kafka being down only makes shards back off (exponentially, capped); the
 * application keeps committing, and the rows go out once the broker is back.
 */
public final class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final DirectConnections connections;
    private final Supplier<Producer<String, byte[]>> producers;
    private final OutboxProperties properties;
    private final RelayBackoff backoff;
    private final Semaphore wake = new Semaphore(0);
    private final TopicsOnce topics;
    private volatile boolean running;
    private volatile Set<Integer> ownedShards = Set.of();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failedCycles = new AtomicLong();
    private Producer<String, byte[]> producer;
    private OutboxNotifications notifications;
    private Thread relayThread;
    private Thread listenThread;

    OutboxRelay(
            DirectConnections connections, Supplier<Producer<String, byte[]>> producers, OutboxProperties properties) {
        this(connections, producers, properties, () -> true);
    }

    /**
     * @param ensureTopics creates the declared topics; retried before sending until it succeeds,
     *                     because when Kafka was down at start-up they were not created, and a
     *                     send would otherwise auto-create them with the broker's defaults
     */
    OutboxRelay(
            DirectConnections connections,
            Supplier<Producer<String, byte[]>> producers,
            OutboxProperties properties,
            BooleanSupplier ensureTopics) {
        this.topics = new TopicsOnce(ensureTopics);
        this.connections = connections;
        this.producers = producers;
        this.properties = properties;
        this.backoff = new RelayBackoff(properties.shards());
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        producer = producers.get();
        notifications = new OutboxNotifications(connections, wake);
        listenThread = Thread.ofPlatform().daemon().name("outbox-listen").start(notifications);
        relayThread = Thread.ofPlatform().daemon().name("outbox-relay").start(this::run);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        notifications.stop();
        wake.release();
        // a cycle in flight ends by itself within one send timeout (Kafka's delivery.timeout.ms):
        // let it, so that what reached Kafka is deleted here and not sent again by a successor
        join(relayThread, properties.relay().sendTimeout().plusSeconds(5));
        if (relayThread.isAlive()) {
            // stuck in a flush against an unreachable broker: abort the pending sends
            producer.close(Duration.ZERO);
            join(relayThread, Duration.ofSeconds(5));
        }
        join(listenThread, Duration.ofSeconds(2));
        producer.close(Duration.ofSeconds(5));
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** The shards this instance currently owns (for health details and tests). */
    public Set<Integer> ownedShards() {
        return ownedShards;
    }

    /** Rows sent and acknowledged since start. */
    public long sentCount() {
        return sent.get();
    }

    /** Cycles in which at least one shard's send failed (Kafka unreachable, a record refused). */
    public long failedCycleCount() {
        return failedCycles.get();
    }

    void bindTo(MeterRegistry registry) {
        RelayMetrics.bind(this, registry);
    }

    /** Wakes the relay now, as a NOTIFY would. */
    public void wakeUp() {
        wake.release();
    }

    private void run() {
        OutboxBatch batch = new OutboxBatch(producer, properties.batchSize());
        ShardLocks locks = new ShardLocks(properties.shards());
        long reconnectDelay = 200;
        while (running) {
            try (Connection connection = connections.open("relay")) {
                reconnectDelay = 200;
                try {
                    loop(connection, batch, locks);
                } finally {
                    releaseQuietly(connection, locks);
                }
            } catch (SQLException | RuntimeException e) {
                locks.lost();
                ownedShards = Set.of();
                if (running) {
                    log.warn("Outbox relay cycle failed, retrying in {} ms", reconnectDelay, e);
                    sleep(reconnectDelay);
                    reconnectDelay = Math.min(reconnectDelay * 2, 5000);
                }
            }
        }
    }

    private void loop(Connection connection, OutboxBatch batch, ShardLocks locks) throws SQLException {
        while (running) {
            ownedShards = locks.balance(connection);
            topics.ensure();
            List<Integer> ready = backoff.ready(ownedShards);
            OutboxBatch.Result result = batch.run(connection, ready);
            backoff.record(result.failedShards(), ready);
            sent.addAndGet(result.sent());
            if (!result.failedShards().isEmpty()) {
                failedCycles.incrementAndGet();
            }
            if (!result.full() || !result.failedShards().isEmpty()) {
                awaitWork(backoff.waitMillis(properties.pollInterval().toMillis(), ownedShards));
            }
        }
    }

    private void awaitWork(long millis) {
        try {
            wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
            wake.drainPermits(); // one cycle answers every NOTIFY that came meanwhile
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private void releaseQuietly(Connection connection, ShardLocks locks) {
        try {
            locks.releaseAll(connection);
        } catch (SQLException e) {
            locks.lost(); // closing the connection releases them anyway
        }
        ownedShards = Set.of();
    }

    private void sleep(long millis) {
        try {
            wake.tryAcquire(millis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    private static void join(Thread thread, Duration timeout) {
        try {
            thread.join(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
