package org.irtiqa.schemas.serde;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.irtiqa.schemas.registry.SchemaRegistryClient;
import org.irtiqa.schemas.registry.SchemaRegistryException;

/**
 * A registry in a map, for the serde's byte-level unit tests only; everything the real registry
 * decides (ids, compatibility, 409s) is tested against Apicurio in the integration tests.
 */
class InMemoryRegistry extends SchemaRegistryClient {

    private final Map<Integer, Schema> byId = new ConcurrentHashMap<>();
    private final Map<String, Integer> bySubjectAndSchema = new ConcurrentHashMap<>();
    private int nextId;

    InMemoryRegistry(int firstId) {
        super(URI.create("http://in-memory.invalid"), Duration.ofMillis(1));
        this.nextId = firstId;
    }

    @Override
    public synchronized int register(String subject, Schema schema) {
        return bySubjectAndSchema.computeIfAbsent(subject + "|" + schema, k -> {
            byId.put(nextId, schema);
            return nextId++;
        });
    }

    /** Puts a schema under a chosen id, as another (newer) producer would have registered it. */
    synchronized void put(int id, Schema schema) {
        byId.put(id, schema);
    }

    @Override
    public OptionalInt lookup(String subject, Schema schema) {
        Integer id = bySubjectAndSchema.get(subject + "|" + schema);
        return id == null ? OptionalInt.empty() : OptionalInt.of(id);
    }

    @Override
    public Schema schemaById(int id) {
        Schema schema = byId.get(id);
        if (schema == null) {
            throw new SchemaRegistryException("Schema " + id + " not found", 404, 40403, null);
        }
        return schema;
    }
}
