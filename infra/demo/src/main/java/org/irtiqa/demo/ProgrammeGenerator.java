package org.irtiqa.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.irtiqa.demo.Programme.Participant;
import org.irtiqa.demo.Programme.Session;
import org.irtiqa.demo.Programme.Stage;
import org.irtiqa.demo.Programme.Step;

/**
 * Generates a believable first cohort, deterministically for a seed: institutions from the
 * {@link Catalogue}, leaders at the four levels, two sessions a week (Sunday and Tuesday mornings,
 * Asia/Muscat) cycling through every format and theme, attendance by each leader's reliability,
 * baseline, module and final assessments, withdrawals (some enrol again a period later) and
 * completions for those who attended enough and sat a final. The programme runs in four periods
 * (months, for the demo); registration changes happen between periods, so the plan can make
 * scheduling's roster catch up before the next period's sessions.
 *
 * <p>This class lays out the stages; {@link Leaders}, {@link ActiveEnrolments}, {@link
 * SessionCalendar}, {@link HeldSessions} and {@link Assessor} fill them, all drawing from the
 * {@link ProgrammeDraft}'s one seeded Random.
 */
public final class ProgrammeGenerator {

    /** What to generate. {@code codePrefix} (empty for the demo) keeps codes and e-mails unique between programmes. */
    public record Spec(long seed, int institutions, int weeks, String codePrefix) {

        public Spec {
            if (institutions < 1 || institutions > Catalogue.INSTITUTIONS.size()) {
                throw new IllegalArgumentException(
                        "1 to " + Catalogue.INSTITUTIONS.size() + " institutions, not " + institutions);
            }
            if (weeks < 2 || weeks > 17) {
                throw new IllegalArgumentException("2 to 17 weeks, not " + weeks);
            }
        }

        /** The demo of ./irtiqa run: all 57 institutions, 17 weeks of sessions. */
        public static Spec demo(long seed) {
            return new Spec(seed, Catalogue.INSTITUTIONS.size(), 17, "");
        }
    }

    static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");
    static final LocalDate STARTS_ON = LocalDate.of(2026, 7, 5); // a Sunday
    static final LocalDate ENDS_ON = STARTS_ON.plusMonths(4).minusDays(1);
    static final int PERIODS = 4;

    private final ProgrammeDraft draft;
    private final Spec spec;
    private final Random random;
    private final Programme programme;
    private final Leaders leaders;
    private final ActiveEnrolments active;
    private final Assessor assessor;
    private final HeldSessions heldSessions;

    private ProgrammeGenerator(Spec spec) {
        this.draft = ProgrammeDraft.of(spec);
        this.spec = spec;
        this.random = draft.random();
        this.programme = draft.programme();
        this.leaders = new Leaders(draft);
        this.active = new ActiveEnrolments(draft);
        this.assessor = new Assessor(draft, leaders, active);
        this.heldSessions = new HeldSessions(draft, leaders, active, assessor);
    }

    public static Programme generate(Spec spec) {
        return new ProgrammeGenerator(spec).build();
    }

    private Programme build() {
        List<Catalogue.Entity> entities = new ArrayList<>(Catalogue.INSTITUTIONS);
        if (spec.institutions() < entities.size()) {
            Collections.shuffle(entities, random);
            entities = entities.subList(0, spec.institutions());
        }
        List<Step> registrations = new ArrayList<>();
        for (Catalogue.Entity e : entities) {
            var institution = new Programme.Institution(
                    draft.code(e.code()), e.nameEn(), e.nameAr(), e.governorate(), e.sector());
            programme.add(institution);
            registrations.add(new Step.RegisterInstitution(institution));
        }
        List<Step> people = new ArrayList<>();
        for (Programme.Institution institution : programme.institutions()) {
            people.addAll(leaders.of(institution));
        }
        var cohort = new Programme.Cohort(
                draft.cohortCode(),
                "First cohort 2026",
                "الدفعة الأولى 2026",
                STARTS_ON,
                ENDS_ON,
                leaders.count() + 20);
        programme.add(cohort);
        registrations.add(new Step.CreateCohort(cohort));
        programme.add(new Stage("institutions and the cohort", registrations, null));
        programme.add(new Stage("participants", people, null));
        List<Step> enrolments = new ArrayList<>();
        for (Participant p : programme.participants()) {
            enrolments.add(active.enrol(p.key()));
        }
        programme.add(new Stage("enrolments", enrolments, null));

        List<List<Session>> periods = SessionCalendar.byPeriod(draft);
        List<String> withdrawnLastPeriod = List.of();
        for (int period = 0; period < PERIODS; period++) {
            String name = "period " + (period + 1) + "/" + PERIODS;
            programme.add(new Stage(
                    name + ": sessions scheduled",
                    periods.get(period).stream().<Step>map(Step.Schedule::new).toList(),
                    active.roster()));
            List<Step> held = new ArrayList<>();
            if (period == 0) {
                held.addAll(assessor.baselines());
            }
            List<Step> late = new ArrayList<>();
            for (Session session : periods.get(period)) {
                held.addAll(heldSessions.holdOrCancel(session, late));
            }
            programme.add(new Stage(name + ": sessions held, attendance and assessments", held, null));
            programme.add(new Stage(name + ": late attendance", late, null));
            if (period < PERIODS - 1) {
                List<Step> changes = new ArrayList<>();
                for (String participant : withdrawnLastPeriod) {
                    if (random.nextDouble() < 0.5) {
                        changes.add(active.enrol(participant));
                    }
                }
                withdrawnLastPeriod = active.withdrawals(changes, withdrawnLastPeriod);
                programme.add(new Stage(name + ": withdrawals and re-enrolments", changes, null));
            }
        }
        programme.add(new Stage("final assessments", assessor.finals(), active.roster()));
        programme.add(new Stage("completions", active.completions(), null));
        return programme;
    }
}
