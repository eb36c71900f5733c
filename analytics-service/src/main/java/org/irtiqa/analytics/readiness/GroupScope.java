package org.irtiqa.analytics.readiness;

/**
 * How enrolments are grouped: the SQL that gives every enrolment of the scope its group key
 * {@code g}, and the institutions that belong to each group. Institution and governorate groups
 * take an enrolment once its institution is known; the programme takes every enrolment at once.
 * An UNKNOWN governorate (a newer producer's symbol) is not a group.
 */
enum GroupScope {
    PROGRAMME(
            "select e.*, cast('' as text) as g from enrolment e",
            "select cast('' as text) as g, i.last_event_at from institution i",
            null),
    INSTITUTION(
            "select e.*, i.code as g from enrolment e join institution i on i.code = e.institution_code",
            "select i.code as g, i.last_event_at from institution i",
            "i.code"),
    GOVERNORATE(
            "select e.*, i.governorate as g from enrolment e join institution i on i.code = e.institution_code",
            "select i.governorate as g, i.last_event_at from institution i",
            "i.governorate");

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
