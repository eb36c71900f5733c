package org.irtiqa.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.SocketException;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

class ClientAbortsTest {

    @Test
    void theContainersAndSpringsAbortsAreClientsHangingUp() {
        assertThat(ClientAborts.isClientAbort(new ClientAbortException(new IOException("Broken pipe")), false))
                .isTrue();
        assertThat(ClientAborts.isClientAbort(new AsyncRequestNotUsableException("Response not usable"), false))
                .isTrue();
        assertThat(ClientAborts.isClientAbort(
                        new HttpMessageNotWritableException(
                                "Could not write JSON", new AsyncRequestNotUsableException("failed to write")),
                        false))
                .isTrue();
    }

    @Test
    void aHangUpMessageCountsOnlyWhileTheAnswerIsBeingWritten() {
        var brokenPipe = new IOException("Broken pipe");
        assertThat(ClientAborts.isClientAbort(
                        new HttpMessageNotWritableException("Could not write", brokenPipe), false))
                .isTrue();
        assertThat(ClientAborts.isClientAbort(new SocketException("Connection reset by peer"), true))
                .isTrue();
        // the database's connection, not the client's
        var database =
                new DataAccessResourceFailureException("I/O error", new SocketException("Connection reset by peer"));
        assertThat(ClientAborts.isClientAbort(database, false)).isFalse();
        assertThat(ClientAborts.isClientAbort(new IllegalStateException("boom"), true))
                .isFalse();
        assertThat(ClientAborts.isClientAbort(new IOException((String) null), true))
                .isFalse();
    }
}
