package org.irtiqa.support.testapp;

import org.irtiqa.events.Governorate;
import org.irtiqa.events.Sector;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes an institution and its InstitutionRegistered in one transaction, as a real service does. */
@Service
public class Institutions {

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final EventMetadataFactory metadata;
    private final String topic;

    Institutions(JdbcClient jdbc, Outbox outbox, EventMetadataFactory metadata, @Value("${test.topic}") String topic) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.metadata = metadata;
        this.topic = topic;
    }

    @Transactional
    public InstitutionRegistered register(String code, String nameEn, String nameAr) {
        return registerAs(code, code, nameEn, nameAr);
    }

    /** Registers under {@code key} (the outbox key) so tests can put many events on one key. */
    @Transactional
    public InstitutionRegistered registerAs(String key, String code, String nameEn, String nameAr) {
        jdbc.sql("INSERT INTO institution (id, code, name_en, name_ar) VALUES (?, ?, ?, ?)")
                .params(EventIds.next(), code, nameEn, nameAr)
                .update();
        InstitutionRegistered event = InstitutionRegistered.newBuilder()
                .setMeta(metadata.next())
                .setInstitutionCode(code)
                .setNameEn(nameEn)
                .setNameAr(nameAr)
                .setGovernorate(Governorate.MUSCAT)
                .setSector(Sector.MINISTRY)
                .build();
        outbox.append(topic, key, event);
        return event;
    }

    /** Appends and then fails, so the transaction rolls back with the event in it. */
    @Transactional
    public void registerThenFail(String code) {
        registerAs(code, code, "doomed", "doomed");
        throw new IllegalStateException("rolled back on purpose");
    }

    public String topic() {
        return topic;
    }
}
