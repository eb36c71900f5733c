package org.irtiqa.registration.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.irtiqa.registration.system.Codes;

/** The body of `POST /api/institutions`. */
public record RegisterInstitution(
        @NotNull @Pattern(regexp = Codes.PATTERN, message = Codes.MESSAGE)
        String code,

        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameAr,
        @NotNull Governorate governorate,
        @NotNull Sector sector) {}
