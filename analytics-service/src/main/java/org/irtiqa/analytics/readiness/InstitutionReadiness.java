package org.irtiqa.analytics.readiness;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An institution's readiness: its identity, then the figures. */
public record InstitutionReadiness(
        String institutionCode,
        String nameEn,
        String nameAr,
        String governorate,
        @JsonUnwrapped Readiness figures) {}
