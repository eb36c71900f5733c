package org.irtiqa.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;
import org.apache.avro.util.ClassSecurityValidator.ClassSecurityPredicate;

/**
 * Avro 1.12.2 refuses to instantiate classes outside trusted packages. Its system-property
 * predicate reads {@code org.apache.avro.SERIALIZABLE_PACKAGES} once, at class initialisation, so
 * setting the property at run time is unreliable; instead we widen the global predicate to trust
 * our generated event package (and only it), whatever the JVM was started with.
 */
final class AvroTrust {

    static final String EVENTS_PACKAGE = "org.irtiqa.events";

    private static final ClassSecurityPredicate EVENTS =
            type -> type.getPackageName().equals(EVENTS_PACKAGE)
                    || type.getPackageName().startsWith(EVENTS_PACKAGE + ".");

    private static boolean installed;

    private AvroTrust() {}

    static synchronized void trustEventClasses() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(ClassSecurityValidator.getGlobal(), EVENTS));
        installed = true;
    }
}
