package org.irtiqa.registration.institution;

/** The kind of government entity an institution is. */
public enum Sector {
    MINISTRY,
    GOVERNORATE,
    AUTHORITY,
    PUBLIC_COMPANY,
    ACADEMIC,
    OTHER
}
