package org.irtiqa.scheduling.roster;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** A cohort as registration announced it: its dates are days of the programme's calendar. */
public record RosterCohort(String code, String nameEn, String nameAr, LocalDate startsOn, LocalDate endsOn) {

    /** The programme's calendar (api.md): a cohort's days begin and end at midnight in Muscat. */
    public static final ZoneId CALENDAR = ZoneId.of("Asia/Muscat");

    /**
     * Whether {@code [startsAt, endsAt)} lies within the cohort's days, from midnight of
     * {@code startsOn} to midnight after {@code endsOn} in Muscat. A session ending at that
     * midnight is still inside: its interval excludes its end.
     */
    public boolean spans(Instant startsAt, Instant endsAt) {
        return !startsAt.isBefore(opensAt()) && !endsAt.isAfter(closesAt());
    }

    /** Midnight of the first day in Muscat. */
    public Instant opensAt() {
        return startsOn.atStartOfDay(CALENDAR).toInstant();
    }

    /** Midnight after the last day in Muscat. */
    public Instant closesAt() {
        return endsOn.plusDays(1).atStartOfDay(CALENDAR).toInstant();
    }
}
