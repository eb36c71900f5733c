package org.irtiqa.analytics.readiness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irtiqa.analytics.system.Topics;
import org.irtiqa.support.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After a batch: recomputes the figures of the institutions it may have changed and writes one
 * {@code InstitutionReadinessChanged} per institution whose figures (lastEventAt included) differ
 * from what the topic last carried, through the outbox in the batch's transaction. Coalesced per
 * batch, nothing when unchanged; and since the last value per institution is the figures of the
 * state after all events, a replay from offset 0 ends on the same values.
 */
@Component
public class ReadinessPublisher {

    /** Institutions named by the batch, those of its enrolments, and those with enrolments in its cohorts. */
    private static final String AFFECTED = """
            select code from institution
            where code = any(:codes)
               or code in (select institution_code from enrolment
                           where id = any(cast(:enrolments as uuid[])) or cohort_code = any(:cohorts))""";

    private final ReadinessQueries queries;
    private final ReadinessEvents events;
    private final Outbox outbox;
    private final JdbcClient jdbc;

    ReadinessPublisher(ReadinessQueries queries, ReadinessEvents events, Outbox outbox, JdbcClient jdbc) {
        this.queries = queries;
        this.events = events;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void publishChanges(
            Collection<String> institutionCodes, Collection<UUID> enrolmentIds, Collection<String> cohortCodes) {
        List<String> affected = jdbc.sql(AFFECTED)
                .param("codes", institutionCodes.toArray(String[]::new))
                .param("enrolments", enrolmentIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("cohorts", cohortCodes.toArray(String[]::new))
                .query(String.class)
                .list();
        publish(affected);
    }

    /** After a rebuild: every institution, of which normally none differs from what was published. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAll() {
        publish(jdbc.sql("select code from institution").query(String.class).list());
    }

    private void publish(List<String> affected) {
        if (affected.isEmpty()) {
            return;
        }
        String[] codes = affected.toArray(String[]::new);
        Map<String, String> published = new HashMap<>();
        jdbc.sql("select institution_code, fingerprint from readiness_published where institution_code = any(:codes)")
                .param("codes", codes)
                .query(rs -> {
                    published.put(rs.getString(1), rs.getString(2));
                });
        List<String> changedCodes = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (InstitutionReadiness now : queries.institutions(affected)) {
            String fingerprint = now.toString();
            if (!fingerprint.equals(published.get(now.institutionCode()))) {
                outbox.append(Topics.READINESS, now.institutionCode(), events.changed(now));
                changedCodes.add(now.institutionCode());
                fingerprints.add(fingerprint);
            }
        }
        if (!changedCodes.isEmpty()) {
            jdbc.sql("""
                    insert into readiness_published (institution_code, fingerprint)
                    select * from unnest(:codes, :fingerprints)
                    on conflict (institution_code) do update set fingerprint = excluded.fingerprint""")
                    .param("codes", changedCodes.toArray(String[]::new))
                    .param("fingerprints", fingerprints.toArray(String[]::new))
                    .update();
        }
    }
}
