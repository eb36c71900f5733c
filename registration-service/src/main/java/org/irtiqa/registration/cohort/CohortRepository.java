package org.irtiqa.registration.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Revised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CohortRepository {

    private final JdbcClient jdbc;

    CohortRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean insert(Cohort cohort, Instant createdAt) {
        return jdbc.sql("""
                        insert into cohort (code, name_en, name_ar, starts_on, ends_on, capacity, created_at)
                        values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                cohort.code(),
                                cohort.nameEn(),
                                cohort.nameAr(),
                                cohort.startsOn(),
                                cohort.endsOn(),
                                cohort.capacity(),
                                Timestamp.from(createdAt))
                        .update()
                == 1;
    }

    /**
     * The row lock of this UPDATE serialises racing enrolments, and its condition keeps the
     * count within the capacity: the last seat goes to exactly one of them.
     */
    boolean takeSeats(String code, int seats) {
        return jdbc.sql("""
                                update cohort set active_enrolments = active_enrolments + :seats
                                where code = :code and active_enrolments + :seats <= capacity""").param("seats", seats).param("code", code).update() == 1;
    }

    /**
     * The cohort with its revision, locked until the transaction ends. FOR NO KEY UPDATE, since
     * the key never changes: rows that refer to it (their foreign-key checks take KEY SHARE) are
     * not held up, while another change of the row waits its turn.
     */
    Optional<Revised<Cohort>> lock(String code) {
        return jdbc.sql("select * from cohort where code = ? for no key update")
                .param(code)
                .query((rs, row) -> new Revised<>(map(rs, row), rs.getLong("revision")))
                .optional();
    }

    void update(Cohort cohort, long revision) {
        jdbc.sql("""
                        update cohort set name_en = ?, name_ar = ?, starts_on = ?, ends_on = ?, capacity = ?, revision = ?
                        where code = ?""")
                .params(
                        cohort.nameEn(),
                        cohort.nameAr(),
                        cohort.startsOn(),
                        cohort.endsOn(),
                        cohort.capacity(),
                        revision,
                        cohort.code())
                .update();
    }

    void releaseSeat(String code) {
        jdbc.sql("update cohort set active_enrolments = active_enrolments - 1 where code = ?")
                .param(code)
                .update();
    }

    Optional<Cohort> find(String code) {
        return jdbc.sql("select * from cohort where code = ?")
                .param(code)
                .query(CohortRepository::map)
                .optional();
    }

    List<Cohort> page(PageRequest request) {
        return jdbc.sql("select * from cohort order by code limit ? offset ?")
                .params(request.size(), request.offset())
                .query(CohortRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from cohort").query(Long.class).single();
    }

    private static Cohort map(ResultSet rs, int row) throws SQLException {
        return new Cohort(
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_ar"),
                rs.getObject("starts_on", java.time.LocalDate.class),
                rs.getObject("ends_on", java.time.LocalDate.class),
                rs.getInt("capacity"),
                rs.getInt("active_enrolments"));
    }
}
