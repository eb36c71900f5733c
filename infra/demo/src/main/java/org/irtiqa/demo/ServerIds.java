package org.irtiqa.demo;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/** The servers' ids of a programme's keys (participants, enrolments, sessions, assessments), learnt while loading. */
final class ServerIds {

    private final Map<String, UUID> ids = new ConcurrentHashMap<>();

    /** Remembers the {@code id} of what the server created (or listed) for {@code key}. */
    void remember(String key, JsonNode created) {
        ids.put(key, UUID.fromString(created.get("id").asString()));
    }

    /** The id of {@code key}, or null if not loaded yet. */
    UUID get(String key) {
        return ids.get(key);
    }

    boolean has(String key) {
        return ids.containsKey(key);
    }
}
