package org.irtiqa.analytics.readiness;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Readiness of the programme, of institutions and of governorates. Each answer is read in one
 * repeatable-read transaction, so its figures come from one snapshot even while batches commit.
 */
@Component
public class ReadinessQueries {

    /**
     * Every read takes this advisory lock shared, before touching a table; the swap at the end of
     * a rebuild takes it exclusively, also first. Without it, a read holding one table and the swap
     * holding another deadlock (the planner locks tables in its own order).
     */
    public static final long SERVING_LOCK = 0x6972_7469_7161_0002L;

    private static final Comparator<InstitutionReadiness> BY_INDEX_THEN_CODE = Comparator.comparingDouble(
                    (InstitutionReadiness r) -> r.figures().readinessIndex())
            .reversed()
            .thenComparing(InstitutionReadiness::institutionCode);

    private final GroupFigures figures;
    private final JdbcClient jdbc;

    ReadinessQueries(GroupFigures figures, JdbcClient jdbc) {
        this.figures = figures;
        this.jdbc = jdbc;
    }

    private void lockShared() {
        jdbc.sql("select pg_advisory_xact_lock_shared(?)")
                .param(SERVING_LOCK)
                .query()
                .singleRow();
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Readiness programme() {
        lockShared();
        Readiness all = figures.of(GroupScope.PROGRAMME, null).get("");
        return all != null ? all : Readiness.of(GroupSums.NONE, Map.of(), null);
    }

    /** Every known institution, by readinessIndex descending, then code. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<InstitutionReadiness> institutions() {
        return institutions(null);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<InstitutionReadiness> institution(String code) {
        return institutions(List.of(code)).stream().findFirst();
    }

    /** These institutions (those known), in the order of {@link #institutions()}; every one when null. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<InstitutionReadiness> institutions(Collection<String> codes) {
        lockShared();
        String[] keys = codes == null ? null : codes.toArray(String[]::new);
        Map<String, Readiness> byCode = figures.of(GroupScope.INSTITUTION, keys);
        var identities = jdbc.sql("select code, name_en, name_ar, governorate from institution"
                + (keys == null ? "" : " where code = any(:keys)"));
        if (keys != null) {
            identities = identities.param("keys", keys);
        }
        return identities
                .query((rs, row) -> new InstitutionReadiness(
                        rs.getString("code"),
                        rs.getString("name_en"),
                        rs.getString("name_ar"),
                        rs.getString("governorate"),
                        byCode.get(rs.getString("code"))))
                .stream()
                .sorted(BY_INDEX_THEN_CODE)
                .toList();
    }

    /** One per governorate that has known institutions, in enum-name order. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<GovernorateReadiness> governorates() {
        return governorates(null);
    }

    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Optional<GovernorateReadiness> governorate(String governorate) {
        return governorates(governorate).stream().findFirst();
    }

    private List<GovernorateReadiness> governorates(String only) {
        lockShared();
        String[] keys = only == null ? null : new String[] {only};
        Map<String, Readiness> byGovernorate = figures.of(GroupScope.GOVERNORATE, keys);
        var counts = jdbc.sql("select governorate, count(*) as n from institution where governorate <> 'UNKNOWN'"
                + (only == null ? "" : " and governorate = :only") + " group by governorate order by governorate");
        if (only != null) {
            counts = counts.param("only", only);
        }
        return counts.query((rs, row) -> new GovernorateReadiness(
                        rs.getString("governorate"), rs.getLong("n"), byGovernorate.get(rs.getString("governorate"))))
                .list();
    }
}
