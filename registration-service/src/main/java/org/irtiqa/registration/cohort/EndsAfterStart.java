package org.irtiqa.registration.cohort;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A cohort ends after it starts. A constraint on the whole body rather than a check in the
 * service, so that it is reported with every other invalid field in one 400 (api.md), on the
 * field {@code endsOn}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EndsAfterStart.Validator.class)
@interface EndsAfterStart {

    String message() default "must be after startsOn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EndsAfterStart, CohortDates> {

        @Override
        public boolean isValid(CohortDates body, ConstraintValidatorContext context) {
            if (body == null || body.startsOn() == null || body.endsOn() == null) {
                return true; // a missing date is reported by its own @NotNull
            }
            if (body.endsOn().isAfter(body.startsOn())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endsOn")
                    .addConstraintViolation();
            return false;
        }
    }
}
