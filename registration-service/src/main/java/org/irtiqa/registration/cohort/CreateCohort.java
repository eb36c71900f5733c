package org.irtiqa.registration.cohort;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.irtiqa.registration.system.Codes;

/** The body of `POST /api/cohorts`. */
@EndsAfterStart
public record CreateCohort(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameAr,
        @NotNull LocalDate startsOn,
        @NotNull LocalDate endsOn,
        @NotNull @Min(1) Integer capacity)
        implements CohortDates {}
