package org.irtiqa.support.consumer;

/**
 * An event that can never be applied, however often it is retried (it breaks a rule, refers to
 * something impossible). The batch error handler sends it to the dead-letter topic at once,
 * without the retries a transient failure gets.
 */
public class PoisonEventException extends RuntimeException {

    public PoisonEventException(String message) {
        super(message);
    }

    public PoisonEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
