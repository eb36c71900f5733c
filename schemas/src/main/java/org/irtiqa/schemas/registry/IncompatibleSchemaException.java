package org.irtiqa.schemas.registry;

/**
 * The registry refused a schema (409) because it breaks the subject's compatibility rule.
 * Producers refuse to start on it (events.md, Evolution).
 */
public class IncompatibleSchemaException extends SchemaRegistryException {

    public IncompatibleSchemaException(String message, int errorCode) {
        super(message, 409, errorCode, null);
    }
}
