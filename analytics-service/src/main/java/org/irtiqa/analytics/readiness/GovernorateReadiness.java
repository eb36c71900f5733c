package org.irtiqa.analytics.readiness;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A governorate's readiness over the union of its institutions' enrolments, with how many institutions it has. */
public record GovernorateReadiness(
        String governorate,
        long institutions,
        @JsonUnwrapped Readiness figures) {}
