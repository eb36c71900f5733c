package org.irtiqa.support.consumer;

/**
 * The schema registry could not be asked for a record's writer schema (unreachable, 5xx). Not the
 * record's fault, so not poison: the batch error handler waits and retries instead of
 * dead-lettering. An id the registry answers "unknown" for stays a SerializationException.
 */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
