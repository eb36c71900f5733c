package org.irtiqa.demo;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
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

    /**
     * What to generate. {@code codePrefix} (empty for the demo) keeps codes and e-mails unique
     * between programmes. The cohort starts on {@code startsOn} (a Sunday) and runs four months;
     * only what happens before {@code now} is recorded — later sessions stay scheduled, later
     * finals and completions are not yet there — so the programme office records the past, dated,
     * as it would from paper.
     */
    public record Spec(long seed, int institutions, int weeks, String codePrefix, LocalDate startsOn, Instant now) {

        /** A programme over by now: its cohort ended a week ago, everything in it is recorded. */
        public Spec(long seed, int institutions, int weeks, String codePrefix) {
            this(
                    seed,
                    institutions,
                    weeks,
                    codePrefix,
                    sundayOnOrBefore(today().minusMonths(4).minusDays(7)),
                    Instant.now());
        }

        public Spec {
            if (institutions < 1 || institutions > Catalogue.INSTITUTIONS.size()) {
                throw new IllegalArgumentException(
                        "1 to " + Catalogue.INSTITUTIONS.size() + " institutions, not " + institutions);
            }
            if (weeks < 2 || weeks > 17) {
                throw new IllegalArgumentException("2 to 17 weeks, not " + weeks);
            }
        }

        /**
         * The demo of ./irtiqa run: all 57 institutions, 17 weeks of sessions, a programme in
         * progress — its cohort started about three months ago and ends in about a month.
         */
        public static Spec demo(long seed) {
            return new Spec(
                    seed,
                    Catalogue.INSTITUTIONS.size(),
                    17,
                    "",
                    sundayOnOrBefore(today().minusWeeks(13)),
                    Instant.now());
        }

        private static LocalDate today() {
            return LocalDate.now(MUSCAT);
        }

        private static LocalDate sundayOnOrBefore(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        }
    }

    static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");
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

    /**
     * When the changes after a period are recorded: the Saturday before the next period's first
     * week (the first week {@code w} with {@code w * PERIODS / weeks > period}, as SessionCalendar
     * assigns weeks), so after every session of the period and never before the enrolments.
     */
    private Instant changesAfter(int period) {
        int nextWeek = Math.max(1, ((period + 1) * spec.weeks() + PERIODS - 1) / PERIODS);
        return ProgrammeDraft.muscat(draft.startsOn().plusDays(7L * nextWeek - 1), 12, 0);
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
                draft.startsOn(),
                draft.endsOn(),
                leaders.count() + 20);
        programme.add(cohort);
        registrations.add(new Step.CreateCohort(cohort));
        programme.add(new Stage("institutions and the cohort", registrations, null));
        programme.add(new Stage("participants", people, null));
        List<Step> enrolments = new ArrayList<>();
        Instant enrolledAt = ProgrammeDraft.muscat(draft.startsOn(), 7, 0);
        for (Participant p : programme.participants()) {
            enrolments.add(active.enrol(p.key(), enrolledAt));
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
            List<Step> later = new ArrayList<>();
            for (Session session : periods.get(period)) {
                if (draft.past(session.endsAt())) {
                    held.addAll(heldSessions.holdOrCancel(session, later));
                }
            }
            programme.add(new Stage(name + ": sessions held, attendance", held, null));
            programme.add(new Stage(name + ": late attendance and module assessments", later, null));
            Instant changesAt = changesAfter(period);
            if (period < PERIODS - 1 && draft.past(changesAt)) {
                List<Step> changes = new ArrayList<>();
                for (String participant : withdrawnLastPeriod) {
                    if (random.nextDouble() < 0.5) {
                        changes.add(active.enrol(participant, changesAt));
                    }
                }
                withdrawnLastPeriod = active.withdrawals(changes, withdrawnLastPeriod, changesAt);
                programme.add(new Stage(name + ": withdrawals and re-enrolments", changes, null));
            }
        }
        if (draft.past(assessor.finalsAt().plusSeconds(3600))) {
            programme.add(new Stage("final assessments", assessor.finals(), active.roster()));
        }
        Instant completedAt = ProgrammeDraft.muscat(draft.endsOn(), 12, 0);
        if (draft.past(completedAt)) {
            programme.add(new Stage("completions", active.completions(completedAt), null));
        }
        Corrections.add(draft, periods);
        return programme;
    }
}
