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
 * After a batch: notes the institutions whose figures it may have changed ({@link #markChanged}),
 * then recomputes the noted ones' cells ({@link CellWriter}: what every read adds up) and writes one {@code InstitutionReadinessChanged} per
 * institution whose figures (lastEventAt included) differ from what the topic last carried, through
 * the outbox in the same transaction ({@link #publishPending}). Publication may wait while the
 * intake is behind: many batches then cost one recomputation. Nothing is written when nothing
 * changed; and since the last value per institution is the figures of the state after all events,
 * a replay from offset 0 ends on the same values. Marks are a batch's (the intake's apply lock
 * shared); publications hold it exclusively ({@code IntakeState}), so they never interleave and see
 * every committed batch.
 */
@Component
public class ReadinessPublisher {

    /**
     * Institutions named by the batch, those of its enrolments, of its participants' enrolments (a
     * corrected level moves their figures) and those with enrolments in its cohorts, known or not
     * (the programme counts the enrolments of an institution not known yet). A governorate needs
     * no mark: its figures add up its institutions' cells, read with the institutions' governorate
     * of the moment, so an institution that moves is counted in its new governorate, and no longer
     * in the old one, by the same commit.
     */
    private static final String MARK = """
            insert into readiness_pending (institution_code)
            select unnest(:codes)
            union
            select institution_code from enrolment
            where id = any(cast(:enrolments as uuid[]))
               or participant_id = any(cast(:participants as uuid[]))
               or cohort_code = any(:cohorts)
            on conflict do nothing""";

    private final CellWriter cells;
    private final ReadinessQueries queries;
    private final ReadinessEvents events;
    private final Outbox outbox;
    private final JdbcClient jdbc;

    ReadinessPublisher(
            CellWriter cells, ReadinessQueries queries, ReadinessEvents events, Outbox outbox, JdbcClient jdbc) {
        this.cells = cells;
        this.queries = queries;
        this.events = events;
        this.outbox = outbox;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void markChanged(
            Collection<String> institutionCodes,
            Collection<UUID> enrolmentIds,
            Collection<UUID> participantIds,
            Collection<String> cohortCodes) {
        jdbc.sql(MARK)
                .param("codes", institutionCodes.toArray(String[]::new))
                .param("enrolments", enrolmentIds.stream().map(UUID::toString).toArray(String[]::new))
                .param(
                        "participants",
                        participantIds.stream().map(UUID::toString).toArray(String[]::new))
                .param("cohorts", cohortCodes.toArray(String[]::new))
                .update();
    }

    /** Publishes what differs among the noted institutions and forgets them. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishPending() {
        publish(jdbc.sql("delete from readiness_pending returning institution_code")
                .query(String.class)
                .list());
    }

    public boolean nothingPending() {
        return !jdbc.sql("select exists (select 1 from readiness_pending)")
                .query(Boolean.class)
                .single();
    }

    /**
     * After a rebuild: every cell is recomputed from the new state (the old cells of institutions
     * that have none now go too), and every institution published of which normally none differs
     * from what was published.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publishAll() {
        jdbc.sql("delete from readiness_pending").update();
        publish(jdbc.sql("""
                        select code from institution
                        union select institution_code from enrolment
                        union select institution_code from readiness_cell""").query(String.class).list());
    }

    private void publish(List<String> affected) {
        if (affected.isEmpty()) {
            return;
        }
        cells.recompute(affected);
        String[] codes = affected.toArray(String[]::new);
        Map<String, String> published = new HashMap<>();
        jdbc.sql("select institution_code, fingerprint from readiness_published where institution_code = any(:codes)")
                .param("codes", codes)
                .query(rs -> {
                    published.put(rs.getString(1), rs.getString(2));
                });
        List<String> changedCodes = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (InstitutionReadiness now : queries.published(affected)) {
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
