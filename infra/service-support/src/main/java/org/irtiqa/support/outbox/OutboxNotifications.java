package org.irtiqa.support.outbox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * LISTENs on {@code irtiqa_outbox} on its own connection and wakes the relay as soon as a
 * transaction that appended to the outbox commits, so that delivery takes milliseconds rather than
 * a poll interval. Losing the connection only costs latency: the relay still polls.
 */
final class OutboxNotifications implements Runnable {

    static final String CHANNEL = "irtiqa_outbox";
    private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);
    private static final int WAIT_MILLIS = 250;

    private final DirectConnections connections;
    private final Semaphore wake;
    private volatile boolean running = true;

    OutboxNotifications(DirectConnections connections, Semaphore wake) {
        this.connections = connections;
        this.wake = wake;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try (Connection connection = connections.open("listen")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                // a commit may have happened while we were not listening
                wake.release();
                PGConnection pg = connection.unwrap(PGConnection.class);
                while (running) {
                    var notifications = pg.getNotifications(WAIT_MILLIS);
                    if (notifications != null && notifications.length > 0) {
                        wake.release();
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    log.warn(
                            "Outbox LISTEN connection failed ({}); relay falls back to polling until it is back",
                            e.getMessage());
                    sleepQuietly(1000);
                }
            }
        }
    }

    private void sleepQuietly(long millis) {
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
