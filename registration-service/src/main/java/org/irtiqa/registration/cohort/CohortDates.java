package org.irtiqa.registration.cohort;

import java.time.LocalDate;

/** A body that dates a cohort; {@link EndsAfterStart} checks it together with its other fields. */
interface CohortDates {

    LocalDate startsOn();

    LocalDate endsOn();
}
