package org.irtiqa.registration.institution;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The body of `PUT /api/institutions/{code}`: everything but the code, which names it for good. */
public record UpdateInstitution(
        @NotBlank @Size(max = 200) String nameEn,
        @NotBlank @Size(max = 200) String nameAr,
        @NotNull Governorate governorate,
        @NotNull Sector sector) {

    /** {@code current} as this correction leaves it. */
    Institution appliedTo(Institution current) {
        return new Institution(current.code(), nameEn, nameAr, governorate, sector, current.registeredAt());
    }
}
