package org.irtiqa.analytics.readiness;

/**
 * How enrolments are grouped: the SQL that gives every enrolment of the scope its group key
 * {@code g}, and the institutions that belong to each group. Institution and governorate groups
 * take an enrolment once its institution is known; the programme takes every enrolment at once.
 * An UNKNOWN governorate (a newer producer's symbol) is not a group. An institution's governorate
 * is read here, at query time, so an institution that moves takes all its enrolments along.
 */
enum GroupScope {
    PROGRAMME(
            "select e.*, cast('' as text) as g from " + Enrolments.WITH_LEVEL + " e",
            "select cast('' as text) as g, i.last_event_at from institution i",
            null),
    INSTITUTION(
            "select e.*, i.code as g from " + Enrolments.WITH_LEVEL
                    + " e join institution i on i.code = e.institution_code",
            "select i.code as g, i.last_event_at from institution i",
            "i.code"),
    GOVERNORATE(
            "select e.*, i.governorate as g from " + Enrolments.WITH_LEVEL
                    + " e join institution i on i.code = e.institution_code",
            "select i.governorate as g, i.last_event_at from institution i",
            "i.governorate");

    /** The enrolments the figures read. */
    private static final class Enrolments {
        /**
         * Every enrolment with the level readiness-metrics.md gives it: its participant's (from the
         * winning ParticipantRegistered or ParticipantUpdated) once an event of that participant is
         * known, else the level its ParticipantEnrolled carried. A subquery, not a view: a rebuild
         * swaps the tables under it.
         */
        static final String WITH_LEVEL = """
                (select e.id, e.participant_id, e.institution_code, e.cohort_code, e.status, e.status_at,
                        e.last_event_at, coalesce(p.level, e.level) as level
                 from enrolment e left join participant p on p.id = e.participant_id)""";
    }

    private final String members;
    private final String institutions;
    private final String key;

    GroupScope(String members, String institutions, String key) {
        this.members = members;
        this.institutions = institutions;
        this.key = key;
    }

    /** The scope's enrolments with their group key; {@code :keys} limits them to some groups when asked. */
    String members(boolean filtered) {
        return members + where(filtered);
    }

    /** The scope's institutions as (g, last_event_at). */
    String institutions(boolean filtered) {
        return institutions + where(filtered);
    }

    private String where(boolean filtered) {
        String known = this == GOVERNORATE ? " where i.governorate <> 'UNKNOWN'" : "";
        if (!filtered || key == null) {
            return known;
        }
        return (known.isEmpty() ? " where " : known + " and ") + key + " = any(:keys)";
    }
}
