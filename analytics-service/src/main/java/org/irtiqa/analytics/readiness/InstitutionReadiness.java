package org.irtiqa.analytics.readiness;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An institution's readiness: its identity (its sector null until an event names it), then the figures. */
public record InstitutionReadiness(
        String institutionCode,
        String nameEn,
        String nameAr,
        String governorate,
        String sector,
        @JsonUnwrapped Readiness figures) {}
