package org.irtiqa.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.schemas.registry.SchemaRegistryClient;
import org.irtiqa.schemas.serde.AvroDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.BatchListenerFailedException;

/** Poison is a SerializationException; an unreachable registry is not poison. */
class EventDecoderTest {

    /** Magic byte 0, then a schema id no registry has handed out, then a body. */
    static final byte[] UNKNOWN_ID = ByteBuffer.allocate(8)
            .put((byte) 0)
            .putInt(987_654_321)
            .put(new byte[] {2, 4, 6})
            .array();

    @Test
    void garbageBytesArePoisonPointedAtByIndex() {
        EventDecoder decoder = decoder(LocalStack.shared().registry().confluentApiUrl());
        var record = new ConsumerRecord<>("t", 0, 5L, "k", "garbage".getBytes());

        assertThatThrownBy(() -> decoder.decode(record)).isInstanceOf(SerializationException.class);
        assertThatThrownBy(() -> decoder.decode(record, 3))
                .isInstanceOfSatisfying(BatchListenerFailedException.class, e -> assertThat(e.getIndex())
                        .isEqualTo(3))
                .hasCauseInstanceOf(SerializationException.class);
    }

    @Test
    void aSchemaIdTheRegistryDoesNotKnowIsPoison() {
        EventDecoder decoder = decoder(LocalStack.shared().registry().confluentApiUrl());
        assertThatThrownBy(() -> decoder.decode(new ConsumerRecord<>("t", 0, 0L, "k", UNKNOWN_ID)))
                .isInstanceOf(SerializationException.class);
    }

    @Test
    void anUnreachableRegistryIsNotPoison() {
        EventDecoder decoder = decoder("http://127.0.0.1:9/apis/ccompat/v7");
        assertThatThrownBy(() -> decoder.decode(new ConsumerRecord<>("t", 0, 0L, "k", UNKNOWN_ID), 0))
                .isInstanceOf(RegistryUnavailableException.class);
    }

    @Test
    void aTombstoneIsPoison() {
        EventDecoder decoder = decoder("http://127.0.0.1:9/apis/ccompat/v7");
        assertThatThrownBy(() -> decoder.decode(new ConsumerRecord<String, byte[]>("t", 0, 0L, "k", null)))
                .isInstanceOf(SerializationException.class);
    }

    private static EventDecoder decoder(String url) {
        return new EventDecoder(new AvroDeserializer(new SchemaRegistryClient(URI.create(url), Duration.ofSeconds(2))));
    }
}
