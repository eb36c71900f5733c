package org.irtiqa.registration.cohort;

import java.time.LocalDate;

/** A cohort of the programme; `activeEnrolments` counts its ENROLLED and COMPLETED enrolments. */
public record Cohort(
        String code,
        String nameEn,
        String nameAr,
        LocalDate startsOn,
        LocalDate endsOn,
        int capacity,
        int activeEnrolments) {}
