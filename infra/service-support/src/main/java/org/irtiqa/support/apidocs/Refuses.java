package org.irtiqa.support.apidocs;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals of an operation that only its own rules know (api.md's tables): when it answers a
 * 409 and when a 422, in words for the OpenAPI document. The statuses every operation shares (400,
 * 401, 403, 404, 413, 415) are added from its shape and need no annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Refuses {

    /** When the request conflicts with current state (409), e.g. "the cohort is full"; empty: never. */
    String conflict() default "";

    /** When the body names something this service does not know (422); empty: never. */
    String unknown() default "";
}
