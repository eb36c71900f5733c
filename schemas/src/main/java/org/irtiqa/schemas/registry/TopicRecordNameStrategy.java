package org.irtiqa.schemas.registry;

import org.apache.avro.Schema;

/**
 * Subject naming of Confluent's TopicRecordNameStrategy: {@code <topic>-<record full name>}, so
 * one topic can carry several record types, each evolving on its own.
 */
public final class TopicRecordNameStrategy {

    private TopicRecordNameStrategy() {}

    public static String subject(String topic, Schema schema) {
        return topic + "-" + schema.getFullName();
    }
}
