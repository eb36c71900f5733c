package org.irtiqa.scheduling.system;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text PostgreSQL can store: JSON allows a NUL character (U+0000) in a string, a
 * PostgreSQL {@code text} does not, and without this check such input would fail in the
 * database as a 500 instead of a 400.
 */
@Documented
@Pattern(regexp = "[^\\x00]*")
@ReportAsSingleViolation
@Constraint(validatedBy = {})
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Text {

    String message() default "must not contain the NUL character";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
