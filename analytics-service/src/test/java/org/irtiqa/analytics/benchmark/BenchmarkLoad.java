package org.irtiqa.analytics.benchmark;

import static org.irtiqa.analytics.programme.TestEvents.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.irtiqa.analytics.programme.TestEvents.Sent;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;
import org.irtiqa.localstack.LocalStack;
import org.irtiqa.schemas.serde.AvroSerializer;
import org.irtiqa.support.events.EventIds;

/**
 * Writes a programme of a little over a million events into Kafka as the producers would (Avro
 * wire format, UUIDv7 event ids, keys as events.md says): 100 institutions, 20 cohorts of 30 held
 * sessions, 50,000 enrolments (10% withdrawn, 20% completed), each attending 15 sessions and
 * assessed 4 times. Streamed: nothing but the ids is kept in memory.
 */
final class BenchmarkLoad implements AutoCloseable {

    static final int INSTITUTIONS = 100, COHORTS = 20, SESSIONS = 30, ENROLMENTS = 50_000;
    private static final Governorate[] GOVERNORATES = {
        Governorate.MUSCAT,
        Governorate.DHOFAR,
        Governorate.AL_WUSTA,
        Governorate.AD_DAKHILIYAH,
        Governorate.NORTH_AL_BATINAH
    };
    private static final Theme[] THEMES = {
        Theme.RISK_MANAGEMENT, Theme.DIGITAL_TRANSFORMATION, Theme.LIFE_EVENT_JOURNEYS
    };

    private final Random random = new Random(42);
    private final AvroSerializer serializer = new AvroSerializer();
    private final KafkaProducer<String, byte[]> producer;
    private long sent;

    BenchmarkLoad() {
        LocalStack stack = LocalStack.shared();
        serializer.configure(Map.of("schema.registry.url", stack.registry().confluentApiUrl()), false);
        producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafka().bootstrapServers(),
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        512 * 1024,
                        ProducerConfig.ACKS_CONFIG,
                        "1"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Sends the whole programme; returns the number of events. */
    long sendAll() {
        Instant t = Instant.parse("2026-09-01T05:00:00Z");
        for (int i = 0; i < INSTITUTIONS; i++) {
            send(institution("B" + i, GOVERNORATES[i % GOVERNORATES.length], t));
        }
        List<List<UUID>> sessions = new ArrayList<>();
        for (int c = 0; c < COHORTS; c++) {
            List<UUID> ids = new ArrayList<>();
            for (int s = 0; s < SESSIONS; s++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                send(scheduled(id, "BC" + c, t));
                send(sessionCompleted(id, "BC" + c, t.plusSeconds(s)));
            }
            sessions.add(ids);
        }
        for (int e = 0; e < ENROLMENTS; e++) {
            UUID enrolment = UUID.randomUUID(), participant = UUID.randomUUID();
            String institution = "B" + (e % INSTITUTIONS);
            int c = random.nextInt(COHORTS);
            String cohort = "BC" + c;
            Instant at = t.plusMillis(e);
            send(enrolled(
                    enrolment, participant, institution, cohort, LeadershipLevel.values()[random.nextInt(4)], at));
            List<UUID> own = new ArrayList<>(sessions.get(c));
            java.util.Collections.shuffle(own, random);
            for (UUID session : own.subList(0, SESSIONS / 2)) {
                send(attended(session, participant, enrolment, institution, cohort, at));
            }
            for (int a = 0; a < 4; a++) {
                AssessmentKind kind =
                        a == 0 ? AssessmentKind.BASELINE : a == 3 ? AssessmentKind.FINAL : AssessmentKind.MODULE;
                send(assessed(
                        UUID.randomUUID(),
                        participant,
                        enrolment,
                        institution,
                        cohort,
                        THEMES[a % THEMES.length],
                        kind,
                        random.nextInt(101),
                        at.plusSeconds(a),
                        at));
            }
            int fate = random.nextInt(10);
            if (fate == 0) {
                send(withdrawn(enrolment, participant, institution, cohort, at));
            } else if (fate < 3) {
                send(completed(enrolment, participant, institution, cohort, at));
            }
        }
        producer.flush();
        return sent;
    }

    /** Sends these events, as fast as the producer batches them; returns how many. */
    long send(List<Sent> events) {
        events.forEach(this::send);
        producer.flush();
        return events.size();
    }

    private void send(Sent event) {
        ((EventMetadata) event.event().get(0)).setEventId(EventIds.next()); // UUIDv7, as the services make them
        producer.send(
                new ProducerRecord<>(event.topic(), event.key(), serializer.serialize(event.topic(), event.event())));
        sent++;
    }

    @Override
    public void close() {
        producer.close();
        serializer.close();
    }
}
