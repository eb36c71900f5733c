package org.irtiqa.analytics.readiness;

import java.util.List;
import org.irtiqa.events.Theme;
import org.irtiqa.support.web.csv.CsvColumns;

/**
 * The CSV columns of every readiness list (api.md: one column per field, every named theme and
 * level present whether or not it has a value, flags as one true/false column each), declared from
 * the same names the JSON carries.
 */
final class ReadinessColumns {

    private static final List<String> THEMES = CsvColumns.namesOf(Theme.class, Theme.UNKNOWN);

    private ReadinessColumns() {}

    /** The figures of a Readiness object, after the group's own columns. */
    private static CsvColumns figures(CsvColumns identity) {
        return identity.then(
                        "enrolled",
                        "completed",
                        "withdrawn",
                        "expectedAttendance",
                        "attended",
                        "attendanceRate",
                        "proficiency",
                        "growth",
                        "completionRate",
                        "levelCoverage",
                        "readinessIndex",
                        "band",
                        "atRisk",
                        "suppressed",
                        "lastEventAt")
                .each("themeScores", THEMES)
                .each(
                        "levels",
                        ReadinessMethod.LEVELS,
                        "enrolled",
                        "attendanceRate",
                        "proficiency",
                        "growth",
                        "atRisk",
                        "suppressed");
    }

    static final CsvColumns INSTITUTIONS =
            figures(CsvColumns.of("institutionCode", "nameEn", "nameAr", "governorate", "sector"));

    static final CsvColumns GOVERNORATES = figures(CsvColumns.of("governorate", "institutions"));

    static final CsvColumns COHORTS =
            figures(CsvColumns.of("cohortCode", "nameEn", "nameAr", "startsOn", "endsOn", "institutions"));

    static final CsvColumns PARTICIPANTS = CsvColumns.of(
                    "enrolmentId",
                    "participantId",
                    "displayNameEn",
                    "displayNameAr",
                    "level",
                    "cohortCode",
                    "status",
                    "attended",
                    "expected",
                    "attendanceRate",
                    "proficiency",
                    "atRisk")
            .each("themes", THEMES, "latest", "baseline", "growth")
            .flags("flags", ParticipantProgress.RiskFlag.class);

    static final CsvColumns HISTORY = CsvColumns.of(
            "date",
            "enrolled",
            "completed",
            "withdrawn",
            "attendanceRate",
            "proficiency",
            "growth",
            "completionRate",
            "levelCoverage",
            "readinessIndex",
            "band",
            "suppressed");
}
