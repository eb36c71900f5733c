package org.irtiqa.analytics.readiness;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;

/** A cohort's readiness over its enrolments, with its names and dates and how many institutions take part. */
public record CohortReadiness(
        String cohortCode,
        String nameEn,
        String nameAr,
        LocalDate startsOn,
        LocalDate endsOn,
        long institutions,
        @JsonUnwrapped Readiness figures) {}
