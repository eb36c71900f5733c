package org.irtiqa.registration.institution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.irtiqa.registration.system.PageRequest;
import org.irtiqa.registration.system.Revised;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InstitutionRepository {

    private final JdbcClient jdbc;

    InstitutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the code is taken: the primary key decides, even between racing requests. */
    boolean insert(Institution institution) {
        return jdbc.sql("""
                        insert into institution (code, name_en, name_ar, governorate, sector, registered_at)
                        values (?, ?, ?, ?, ?, ?) on conflict do nothing""")
                        .params(
                                institution.code(),
                                institution.nameEn(),
                                institution.nameAr(),
                                institution.governorate().name(),
                                institution.sector().name(),
                                Timestamp.from(institution.registeredAt()))
                        .update()
                == 1;
    }

    /**
     * The institution with its revision, locked until the transaction ends. FOR NO KEY UPDATE, since
     * the key never changes: rows that refer to it (their foreign-key checks take KEY SHARE) are
     * not held up, while another change of the row waits its turn.
     */
    Optional<Revised<Institution>> lock(String code) {
        return jdbc.sql("select * from institution where code = ? for no key update")
                .param(code)
                .query((rs, row) -> new Revised<>(map(rs, row), rs.getLong("revision")))
                .optional();
    }

    void update(Institution institution, long revision) {
        jdbc.sql("""
                        update institution set name_en = ?, name_ar = ?, governorate = ?, sector = ?, revision = ?
                        where code = ?""")
                .params(
                        institution.nameEn(),
                        institution.nameAr(),
                        institution.governorate().name(),
                        institution.sector().name(),
                        revision,
                        institution.code())
                .update();
    }

    Set<String> existing(Collection<String> codes) {
        return new HashSet<>(jdbc.sql("select code from institution where code = any(?)")
                .param(codes.toArray(String[]::new))
                .query(String.class)
                .list());
    }

    Optional<Institution> find(String code) {
        return jdbc.sql("select * from institution where code = ?")
                .param(code)
                .query(InstitutionRepository::map)
                .optional();
    }

    List<Institution> page(PageRequest request) {
        return jdbc.sql("select * from institution order by code limit ? offset ?")
                .params(request.size(), request.offset())
                .query(InstitutionRepository::map)
                .list();
    }

    long count() {
        return jdbc.sql("select count(*) from institution").query(Long.class).single();
    }

    private static Institution map(ResultSet rs, int row) throws SQLException {
        return new Institution(
                rs.getString("code"),
                rs.getString("name_en"),
                rs.getString("name_ar"),
                Governorate.valueOf(rs.getString("governorate")),
                Sector.valueOf(rs.getString("sector")),
                rs.getTimestamp("registered_at").toInstant());
    }
}
