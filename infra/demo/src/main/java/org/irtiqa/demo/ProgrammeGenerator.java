package org.irtiqa.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.irtiqa.demo.Programme.Assessment;
import org.irtiqa.demo.Programme.Attendance;
import org.irtiqa.demo.Programme.Enrolment;
import org.irtiqa.demo.Programme.Outcome;
import org.irtiqa.demo.Programme.Participant;
import org.irtiqa.demo.Programme.Session;
import org.irtiqa.demo.Programme.Stage;
import org.irtiqa.demo.Programme.Status;
import org.irtiqa.demo.Programme.Step;

/**
 * Generates a believable first cohort, deterministically for a seed: institutions from the
 * {@link Catalogue}, leaders at the four levels, two sessions a week (Sunday and Tuesday mornings,
 * Asia/Muscat) cycling through every format and theme, attendance by each leader's reliability,
 * baseline, module and final assessments, withdrawals (some enrol again a period later) and
 * completions for those who attended enough and sat a final. The programme runs in four periods
 * (months, for the demo); registration changes happen between periods, so the plan can make
 * scheduling's roster catch up before the next period's sessions.
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
    private static final int PERIODS = 4;

    private final Spec spec;
    private final Random random;
    private final Programme programme;
    private final String cohortCode;
    private final Map<String, Double> reliability = new LinkedHashMap<>();
    private final Map<String, Double> ability = new LinkedHashMap<>();
    /** participant → their active enrolment key (absent while withdrawn). */
    private final Map<String, String> activeEnrolment = new LinkedHashMap<>();

    private final Map<String, Integer> enrolmentsOf = new LinkedHashMap<>();
    private int participantCount;

    private ProgrammeGenerator(Spec spec) {
        this.spec = spec;
        this.random = new Random(spec.seed());
        String tag = spec.codePrefix().isEmpty() ? "demo-" + spec.seed() : spec.codePrefix();
        this.programme = new Programme(tag);
        this.cohortCode = code("C2026-1");
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
            var institution =
                    new Programme.Institution(code(e.code()), e.nameEn(), e.nameAr(), e.governorate(), e.sector());
            programme.add(institution);
            registrations.add(new Step.RegisterInstitution(institution));
        }
        List<Step> people = new ArrayList<>();
        for (Programme.Institution institution : programme.institutions()) {
            people.addAll(leadersOf(institution));
        }
        var cohort = new Programme.Cohort(
                cohortCode, "First cohort 2026", "الدفعة الأولى 2026", STARTS_ON, ENDS_ON, participantCount + 20);
        programme.add(cohort);
        registrations.add(new Step.CreateCohort(cohort));
        programme.add(new Stage("institutions and the cohort", registrations, null));
        programme.add(new Stage("participants", people, null));
        List<Step> enrolments = new ArrayList<>();
        for (Participant p : programme.participants()) {
            enrolments.add(enrol(p.key()));
        }
        programme.add(new Stage("enrolments", enrolments, null));

        List<List<Session>> periods = sessionsByPeriod();
        List<String> withdrawnLastPeriod = List.of();
        for (int period = 0; period < PERIODS; period++) {
            String name = "period " + (period + 1) + "/" + PERIODS;
            programme.add(new Stage(
                    name + ": sessions scheduled",
                    periods.get(period).stream().<Step>map(Step.Schedule::new).toList(),
                    roster()));
            List<Step> held = new ArrayList<>();
            if (period == 0) {
                held.addAll(baselines());
            }
            List<Step> late = new ArrayList<>();
            for (Session session : periods.get(period)) {
                held.addAll(holdOrCancel(session, late));
            }
            programme.add(new Stage(name + ": sessions held, attendance and assessments", held, null));
            programme.add(new Stage(name + ": late attendance", late, null));
            if (period < PERIODS - 1) {
                List<Step> changes = new ArrayList<>();
                for (String participant : withdrawnLastPeriod) {
                    if (random.nextDouble() < 0.5) {
                        changes.add(enrol(participant));
                    }
                }
                withdrawnLastPeriod = withdrawals(changes, withdrawnLastPeriod);
                programme.add(new Stage(name + ": withdrawals and re-enrolments", changes, null));
            }
        }
        programme.add(new Stage("final assessments", finals(), roster()));
        programme.add(new Stage("completions", completions(), null));
        return programme;
    }

    private String code(String base) {
        return spec.codePrefix().isEmpty() ? base : spec.codePrefix() + "-" + base;
    }

    private List<Step> leadersOf(Programme.Institution institution) {
        List<Step> steps = new ArrayList<>();
        int[] counts = {
            random.nextDouble() < 0.85 ? 1 : 0,
            1,
            random.nextDouble() < 0.9 ? 1 + random.nextInt(2) : 0,
            2 + random.nextInt(2)
        };
        for (int level = 0; level < counts.length; level++) {
            for (int i = 0; i < counts[level]; i++) {
                steps.add(new Step.RegisterParticipant(leader(institution, level)));
            }
        }
        return steps;
    }

    private Participant leader(Programme.Institution institution, int level) {
        int n = ++participantCount;
        boolean woman = random.nextDouble() < 0.4;
        Catalogue.Name first = pick(woman ? Catalogue.WOMEN : Catalogue.MEN);
        Catalogue.Name family = pick(Catalogue.FAMILIES);
        String key = programme.tag() + ":P" + n;
        String email = (first.en() + "." + family.en().replace(" ", "") + "." + n).toLowerCase() + "@"
                + institution.code().toLowerCase() + ".gov.om";
        var participant = new Participant(
                key,
                institution.code(),
                first.en() + " " + family.en(),
                first.ar() + " " + family.ar(),
                email,
                Catalogue.LEVELS.get(level),
                pick(Catalogue.TITLES.get(level)));
        programme.add(participant);
        double busy = level == 0 ? 0.2 : 0;
        reliability.put(key, 0.55 + random.nextDouble() * (0.43 - busy));
        ability.put(key, 50 + random.nextGaussian() * 10 + level * 2);
        return participant;
    }

    private Step enrol(String participantKey) {
        Participant p = programme.participant(participantKey);
        int n = enrolmentsOf.merge(participantKey, 1, Integer::sum);
        String key = participantKey.replace(":P", ":E") + (n == 1 ? "" : "-" + n);
        programme.put(new Enrolment(key, participantKey, p.institutionCode(), cohortCode, p.level(), Status.ENROLLED));
        activeEnrolment.put(participantKey, key);
        return new Step.Enrol(key, participantKey, cohortCode);
    }

    /** Two sessions a week, every format and theme in turn, split into the four periods. */
    private List<List<Session>> sessionsByPeriod() {
        List<List<Session>> periods = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            periods.add(new ArrayList<>());
        }
        int number = 0;
        for (int week = 0; week < spec.weeks(); week++) {
            for (int day : new int[] {0, 2}) { // Sunday, Tuesday
                int format = number % Catalogue.FORMATS.size();
                int theme = number % Catalogue.THEMES.size();
                LocalDate date = STARTS_ON.plusDays(7L * week + day);
                LocalTime start = day == 0 ? LocalTime.of(9, 0) : LocalTime.of(10, 30);
                Instant startsAt = date.atTime(start).atZone(MUSCAT).toInstant();
                Catalogue.Name f = Catalogue.FORMAT_NAMES.get(format);
                Catalogue.Name t = Catalogue.THEME_NAMES.get(theme);
                List<String> speakers = new ArrayList<>(List.of(pick(Catalogue.SPEAKERS)));
                if (random.nextBoolean()) {
                    String second = pick(Catalogue.SPEAKERS);
                    if (!speakers.contains(second)) {
                        speakers.add(second);
                    }
                }
                number++;
                var session = new Session(
                        programme.tag() + ":S" + number,
                        cohortCode,
                        f.en() + ": " + t.en(),
                        f.ar() + ": " + t.ar(),
                        Catalogue.FORMATS.get(format),
                        Catalogue.THEMES.get(theme),
                        startsAt,
                        startsAt.plusSeconds(3 * 3600),
                        pick(Catalogue.VENUES),
                        List.copyOf(speakers),
                        Outcome.SCHEDULED);
                programme.put(session);
                periods.get(Math.min(PERIODS - 1, week * PERIODS / spec.weeks()))
                        .add(session);
            }
        }
        return periods;
    }

    /** The cohort's active enrolments now, which scheduling's roster must show before the next stage. */
    private Map<String, List<String>> roster() {
        return Map.of(cohortCode, List.copyOf(activeEnrolment.values()));
    }

    private List<Step> baselines() {
        List<Step> steps = new ArrayList<>();
        Instant at = STARTS_ON.atTime(8, 0).atZone(MUSCAT).toInstant();
        for (Map.Entry<String, String> active : activeEnrolment.entrySet()) {
            List<String> themes = new ArrayList<>(Catalogue.THEMES);
            Collections.shuffle(themes, random);
            for (String theme : themes.subList(0, 2)) {
                steps.add(assess(
                        active.getKey(),
                        theme,
                        "BASELINE",
                        -8,
                        at.plusSeconds(60L * Catalogue.THEMES.indexOf(theme)),
                        null));
            }
        }
        return steps;
    }

    private List<Step> holdOrCancel(Session session, List<Step> late) {
        int number = Integer.parseInt(session.key().substring(session.key().lastIndexOf(":S") + 2));
        if (number % 13 == 6) { // about one in thirteen, the sixth the first

            programme.put(withOutcome(session, Outcome.CANCELLED));
            return List.of(new Step.Cancel(session.key(), "Postponed: the speaker's official travel"));
        }
        programme.put(withOutcome(session, Outcome.HELD));
        List<Step> steps = new ArrayList<>();
        List<String> attendees = new ArrayList<>();
        int minute = 0;
        for (Map.Entry<String, String> active : activeEnrolment.entrySet()) {
            String participant = active.getKey();
            if (random.nextDouble() < reliability.get(participant)) {
                attendees.add(participant);
                programme.add(new Attendance(active.getValue(), participant, session.key(), false));
                if (random.nextDouble() < 0.05) {
                    double progress = (session.startsAt().getEpochSecond()
                                    - STARTS_ON.atStartOfDay(MUSCAT).toEpochSecond())
                            / (120.0 * 86400);
                    steps.add(assess(
                            participant,
                            session.theme(),
                            "MODULE",
                            15 * progress,
                            session.endsAt().plusSeconds(60L * ++minute),
                            session.key()));
                }
            } else if (random.nextDouble() < 0.03) {
                late.add(new Step.LateAttendance(session.key(), participant));
                programme.add(new Attendance(active.getValue(), participant, session.key(), true));
            }
        }
        steps.add(new Step.Hold(session.key(), attendees));
        return steps;
    }

    private static Session withOutcome(Session s, Outcome outcome) {
        return new Session(
                s.key(),
                s.cohortCode(),
                s.titleEn(),
                s.titleAr(),
                s.format(),
                s.theme(),
                s.startsAt(),
                s.endsAt(),
                s.venue(),
                s.speakers(),
                outcome);
    }

    /** Withdraws a few of the active (not those enrolling again in this stage); returns who withdrew. */
    private List<String> withdrawals(List<Step> changes, List<String> enrollingAgain) {
        List<String> withdrawn = new ArrayList<>();
        for (Map.Entry<String, String> active : List.copyOf(activeEnrolment.entrySet())) {
            if (random.nextDouble() < 0.04 && !enrollingAgain.contains(active.getKey())) {
                String enrolmentKey = active.getValue();
                programme.put(withStatus(programme.enrolment(enrolmentKey), Status.WITHDRAWN));
                activeEnrolment.remove(active.getKey());
                changes.add(new Step.Withdraw(enrolmentKey, pick(Catalogue.WITHDRAWAL_REASONS)));
                withdrawn.add(active.getKey());
            }
        }
        return withdrawn;
    }

    private List<Step> finals() {
        List<Step> steps = new ArrayList<>();
        Instant at = ENDS_ON.minusDays(2).atTime(10, 0).atZone(MUSCAT).toInstant();
        for (Map.Entry<String, String> active : activeEnrolment.entrySet()) {
            if (random.nextDouble() < 0.1) {
                continue; // missed the final day
            }
            String enrolment = active.getValue();
            List<String> themes = new ArrayList<>(programme.assessments().stream()
                    .filter(a -> a.enrolmentKey().equals(enrolment) && a.kind().equals("BASELINE"))
                    .map(Assessment::theme)
                    .toList());
            if (themes.isEmpty() || random.nextDouble() < 0.2) {
                String extra = pick(Catalogue.THEMES);
                if (!themes.contains(extra)) {
                    themes.add(extra);
                }
            }
            for (String theme : themes) {
                steps.add(assess(
                        active.getKey(),
                        theme,
                        "FINAL",
                        15,
                        at.plusSeconds(420L * Catalogue.THEMES.indexOf(theme)),
                        null));
            }
        }
        return steps;
    }

    private List<Step> completions() {
        long held = programme.sessions().stream()
                .filter(s -> s.outcome() == Outcome.HELD)
                .count();
        List<Step> steps = new ArrayList<>();
        for (String enrolment : activeEnrolment.values()) {
            long attended = programme.attendance().stream()
                    .filter(a -> a.enrolmentKey().equals(enrolment))
                    .count();
            boolean finalSat = programme.assessments().stream()
                    .anyMatch(
                            a -> a.enrolmentKey().equals(enrolment) && a.kind().equals("FINAL"));
            if (finalSat && attended >= 0.6 * held) {
                programme.put(withStatus(programme.enrolment(enrolment), Status.COMPLETED));
                steps.add(new Step.Complete(enrolment));
            }
        }
        return steps;
    }

    private static Enrolment withStatus(Enrolment e, Status status) {
        return new Enrolment(e.key(), e.participantKey(), e.institutionCode(), e.cohortCode(), e.level(), status);
    }

    private Step assess(String participant, String theme, String kind, double progress, Instant at, String session) {
        double raw = ability.get(participant)
                + (Catalogue.THEMES.indexOf(theme) % 3) * 2
                + progress
                + random.nextGaussian() * 6;
        double score = Math.round(Math.max(0, Math.min(100, raw)) * 2) / 2.0;
        var assessment = new Assessment(
                programme.tag() + ":A" + (programme.assessments().size() + 1),
                activeEnrolment.get(participant),
                participant,
                theme,
                kind,
                score,
                at,
                session);
        programme.add(assessment);
        return new Step.Assess(assessment);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
