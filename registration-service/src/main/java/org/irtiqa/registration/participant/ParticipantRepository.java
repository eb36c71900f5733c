package org.irtiqa.registration.participant;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Revised;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ParticipantRepository {

    private static final String INSERT = """
            insert into participant (id, institution_code, full_name_en, full_name_ar, email, level, job_title, registered_at)
            values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;

    ParticipantRepository(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    /** False when the e-mail is taken, ignoring case: the unique index on lower(email) decides. */
    boolean insert(Participant p) {
        return batch.update(INSERT, ps -> bind(ps, p)) == 1;
    }

    /** Inserts in batches; returns how many were inserted (fewer when an e-mail was taken meanwhile). */
    int insertAll(List<Participant> participants) {
        int[][] counts = batch.batchUpdate(INSERT, participants, 1000, ParticipantRepository::bind);
        return Arrays.stream(counts)
                .flatMapToInt(Arrays::stream)
                .map(c -> Math.max(c, 0))
                .sum();
    }

    /** The given lower-case e-mails that are already registered. */
    Set<String> takenEmails(List<String> lowerCaseEmails) {
        return new HashSet<>(jdbc.sql("select lower(email) from participant where lower(email) = any(?)")
                .param(lowerCaseEmails.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    /**
     * The participant with its revision, locked until the transaction ends. FOR NO KEY UPDATE, since
     * the key never changes: rows that refer to it (their foreign-key checks take KEY SHARE) are
     * not held up, while another change of the row waits its turn.
     */
    Optional<Revised<Participant>> lock(UUID id) {
        return jdbc.sql("select * from participant where id = ? for no key update")
                .param(id)
                .query((rs, row) -> new Revised<>(map(rs, row), rs.getLong("revision")))
                .optional();
    }

    /**
     * False when the new e-mail is another participant's, ignoring case: the unique index on
     * lower(email) decides, also between racing requests. The failed statement has spoilt the
     * transaction, which the caller's conflict then rolls back.
     */
    boolean update(Participant p, long revision) {
        try {
            jdbc.sql("""
                            update participant set full_name_en = ?, full_name_ar = ?, email = ?, level = ?,
                                                   job_title = ?, revision = ?
                            where id = ?""")
                    .params(p.fullNameEn(), p.fullNameAr(), p.email(), p.level().name(), p.jobTitle(), revision, p.id())
                    .update();
            return true;
        } catch (DuplicateKeyException emailTaken) {
            return false;
        }
    }

    Optional<Participant> find(UUID id) {
        return jdbc.sql("select * from participant where id = ?")
                .param(id)
                .query(ParticipantRepository::map)
                .optional();
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

    private static void bind(PreparedStatement ps, Participant p) throws SQLException {
        ps.setObject(1, p.id());
        ps.setString(2, p.institutionCode());
        ps.setString(3, p.fullNameEn());
        ps.setString(4, p.fullNameAr());
        ps.setString(5, p.email());
        ps.setString(6, p.level().name());
        ps.setString(7, p.jobTitle());
        ps.setTimestamp(8, Timestamp.from(p.registeredAt()));
    }

    private static Participant map(ResultSet rs, int row) throws SQLException {
        return new Participant(
                rs.getObject("id", UUID.class),
                rs.getString("institution_code"),
                rs.getString("full_name_en"),
                rs.getString("full_name_ar"),
                rs.getString("email"),
                LeadershipLevel.valueOf(rs.getString("level")),
                rs.getString("job_title"),
                rs.getTimestamp("registered_at").toInstant());
    }
}
