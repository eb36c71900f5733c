package org.irtiqa.registration.institution;

import java.time.Instant;

/** A government institution taking part in the programme. */
public record Institution(
        String code, String nameEn, String nameAr, Governorate governorate, Sector sector, Instant registeredAt) {}
