package org.irtiqa.analytics.readiness;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.irtiqa.support.web.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Computes readiness figures from the folded state, in SQL, for one group of enrolments. */
@Component
class ReadinessQueries {

    /** Counts over the enrolments that :scope selects; levels outside the four named ones do not count. */
    private static final String FIGURES = """
            select count(*) filter (where e.status in ('ENROLLED', 'COMPLETED')) as enrolled,
                   count(*) filter (where e.status = 'COMPLETED') as completed,
                   count(*) filter (where e.status = 'WITHDRAWN') as withdrawn,
                   count(distinct e.level) filter (where e.status in ('ENROLLED', 'COMPLETED')
                       and e.level in ('TOP_LEADERSHIP', 'SENIOR_MANAGEMENT', 'MIDDLE_MANAGEMENT', 'EXECUTIVE_TEAM')) as levels,
                   max(e.last_event_at) as last_enrolment_event
            from enrolment e
            """;

    private final JdbcClient jdbc;

    ReadinessQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Readiness programme() {
        return jdbc.sql(FIGURES).query((rs, row) -> figures(rs, null)).single();
    }

    @Transactional(readOnly = true)
    public InstitutionReadiness institution(String code) {
        Identity identity = jdbc.sql("select * from institution where code = ?").param(code)
                .query((rs, row) -> new Identity(rs.getString("name_en"), rs.getString("name_ar"),
                        rs.getString("governorate"), rs.getTimestamp("last_event_at").toInstant()))
                .optional()
                .orElseThrow(() -> new NotFoundException("No institution with code " + code + " is known to analytics."));
        Readiness figures = jdbc.sql(FIGURES + " where e.institution_code = ?").param(code)
                .query((rs, row) -> figures(rs, identity.registeredAt())).single();
        return new InstitutionReadiness(code, identity.nameEn(), identity.nameAr(), identity.governorate(), figures);
    }

    private record Identity(String nameEn, String nameAr, String governorate, Instant registeredAt) {}

    private static Readiness figures(ResultSet rs, Instant institutionEventAt) throws SQLException {
        long enrolled = rs.getLong("enrolled");
        long completed = rs.getLong("completed");
        Timestamp last = rs.getTimestamp("last_enrolment_event");
        Instant lastEventAt = latest(last == null ? null : last.toInstant(), institutionEventAt);
        return new Readiness(enrolled, completed, rs.getLong("withdrawn"), null, null, null, null, null,
                enrolled == 0 ? null : (double) completed / enrolled, rs.getInt("levels") / 4.0, null, Map.of(),
                lastEventAt);
    }

    private static Instant latest(Instant a, Instant b) {
        if (a == null) return b;
        if (b == null) return a;
        return a.isAfter(b) ? a : b;
    }
}
