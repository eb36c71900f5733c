package org.irtiqa.support.outbox;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens connections outside the application's pool. The relay needs two that live as long as it
 * does: one that LISTENs (a pooled connection would be handed to someone else, and a pool's
 * max-lifetime would silently drop the LISTEN), and one that holds the shards' session-level
 * advisory locks (a lock taken on a pooled connection would leak to its next borrower).
 */
record DirectConnections(String url, String username, String password) {

    Connection open(String purpose) throws SQLException {
        Properties props = new Properties();
        if (username != null) {
            props.setProperty("user", username);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        props.setProperty("ApplicationName", "irtiqa-outbox-" + purpose);
        // Detect a dead server instead of blocking forever; the relay reconnects.
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("socketTimeout", "60");
        Connection connection = DriverManager.getConnection(url, props);
        connection.setAutoCommit(true);
        return connection;
    }

    @Override
    public String toString() {
        return "DirectConnections[" + url + ", user=" + username + "]";
    }
}
