package org.irtiqa.registration.participant;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.irtiqa.registration.system.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ParticipantRepository {

    private final JdbcClient jdbc;

    ParticipantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the e-mail is taken, ignoring case: the unique index on lower(email) decides. */
    boolean insert(Participant p) {
        return jdbc.sql("""
                        insert into participant (id, institution_code, full_name_en, full_name_ar, email, level, job_title, registered_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(p.id(), p.institutionCode(), p.fullNameEn(), p.fullNameAr(), p.email(), p.level().name(),
                        p.jobTitle(), Timestamp.from(p.registeredAt()))
                .update() == 1;
    }

    Optional<Participant> find(UUID id) {
        return jdbc.sql("select * from participant where id = ?").param(id).query(ParticipantRepository::map).optional();
    }

    List<Participant> page(String institutionCode, PageRequest request) {
        return jdbc.sql("""
                        select * from participant where (cast(? as text) is null or institution_code = ?)
                        order by registered_at, id limit ? offset ?""")
                .params(institutionCode, institutionCode, request.size(), request.offset())
                .query(ParticipantRepository::map)
                .list();
    }

    long count(String institutionCode) {
        return jdbc.sql("select count(*) from participant where (cast(? as text) is null or institution_code = ?)")
                .params(institutionCode, institutionCode)
                .query(Long.class)
                .single();
    }

    private static Participant map(ResultSet rs, int row) throws SQLException {
        return new Participant(rs.getObject("id", UUID.class), rs.getString("institution_code"),
                rs.getString("full_name_en"), rs.getString("full_name_ar"), rs.getString("email"),
                LeadershipLevel.valueOf(rs.getString("level")), rs.getString("job_title"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
