package org.irtiqa.schemas.registry;

/**
 * A schema registry call failed. Carries the HTTP status and the Confluent {@code error_code}
 * (both -1 when the registry could not be reached at all) so callers can tell "not found" from
 * "registry down".
 */
public class SchemaRegistryException extends RuntimeException {

    private final int status;
    private final int errorCode;

    public SchemaRegistryException(String message, int status, int errorCode, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.errorCode = errorCode;
    }

    /** HTTP status, or -1 when no response came. */
    public int status() {
        return status;
    }

    /** Confluent error code (e.g. 40401 subject not found, 40403 schema not found), or -1. */
    public int errorCode() {
        return errorCode;
    }

    /** True for 404: unknown subject, version or schema id. */
    public boolean isNotFound() {
        return status == 404;
    }
}
