package org.irtiqa.registration.cohort;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** The body of `PUT /api/cohorts/{code}`: everything but the code and the seats taken. */
@EndsAfterStart
public record UpdateCohort(
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameAr,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Min(1) Integer capacity)
        implements CohortDates {

    /** {@code current} as this correction leaves it. */
    Cohort appliedTo(Cohort current) {
        return new Cohort(current.code(), nameEn, nameAr, startsOn, endsOn, capacity, current.activeEnrolments());
    }
}
