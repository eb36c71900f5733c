package org.irtiqa.registration.institution;

/** The eleven governorates; the events' UNKNOWN exists only for old readers and is never accepted here. */
public enum Governorate {
    MUSCAT,
    DHOFAR,
    MUSANDAM,
    AL_BURAIMI,
    AD_DAKHILIYAH,
    NORTH_AL_BATINAH,
    SOUTH_AL_BATINAH,
    SOUTH_ASH_SHARQIYAH,
    NORTH_ASH_SHARQIYAH,
    AD_DHAHIRAH,
    AL_WUSTA
}
