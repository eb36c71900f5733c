package org.irtiqa.analytics.programme;

import static org.irtiqa.analytics.programme.TestEvents.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.irtiqa.events.AssessmentKind;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Theme;

/**
 * A random programme from a seed: institutions (one maybe never registered, one maybe in an
 * UNKNOWN governorate, one or two with only one or two participants, so that small groups are
 * suppressed), cohorts, sessions planned ahead and held (at or after their startsAt), cancelled,
 * only scheduled or completed and then cancelled, enrolments (often after some sessions were held,
 * some recorded days after their enrolledAt) with withdrawals, completions and re-enrolments after
 * them, attendance at sessions since the enrolment (rarely at another cohort's session),
 * assessments with baselines, assessedAt spread over many days (baselines up to a few days before
 * the enrolment, ties common, recorded late) and UNKNOWN kinds and themes; and every kind of
 * correction ({@link RandomCorrections}). Returned in a shuffled order with duplicates, as Kafka
 * may deliver them.
 */
final class RandomProgramme {

    private static final Instant START = Instant.parse("2026-10-01T05:00:00Z");
    private static final Governorate[] GOVERNORATES = {Governorate.MUSCAT, Governorate.DHOFAR, Governorate.AL_WUSTA};
    private static final Theme[] THEMES = {
        Theme.RISK_MANAGEMENT, Theme.LIFE_EVENT_JOURNEYS, Theme.DIGITAL_TRANSFORMATION
    };
    private static final AssessmentKind[] KINDS = {AssessmentKind.BASELINE, AssessmentKind.MODULE, AssessmentKind.FINAL
    };

    private final Random random;
    private final String prefix;
    private final List<Sent> events = new ArrayList<>();
    private final List<String> institutions = new ArrayList<>();
    private final List<String> cohorts = new ArrayList<>();
    private final List<List<Planned>> sessionsByCohort = new ArrayList<>();
    private final RandomCorrections corrections;

    /** A session as planned: when it starts (as finally scheduled), and when it was held (null: never). */
    private record Planned(UUID id, Instant startsAt, Instant heldAt) {}

    private RandomProgramme(long seed, String prefix) {
        this.random = new Random(seed);
        this.prefix = prefix;
        this.corrections = new RandomCorrections(random, events, this::at);
    }

    static List<Sent> generate(long seed, String prefix) {
        return new RandomProgramme(seed, prefix).build();
    }

    private List<Sent> build() {
        int institutionCount = 4 + random.nextInt(5);
        for (int i = 0; i < institutionCount; i++) {
            String code = prefix + "-I" + i;
            institutions.add(code);
            register(code, i > 0 || random.nextBoolean()); // institution 0 is sometimes never registered
        }
        List<String> small = new ArrayList<>();
        for (int i = 1 + random.nextInt(2); i > 0; i--) {
            String code = prefix + "-S" + i;
            small.add(code);
            register(code, true);
        }
        int cohortCount = 2 + random.nextInt(2);
        for (int c = 0; c < cohortCount; c++) {
            String cohort = prefix + "-C" + c;
            cohorts.add(cohort);
            corrections.cohort(cohort);
            List<Planned> sessions = new ArrayList<>();
            for (int s = 2 + random.nextInt(5); s > 0; s--) {
                UUID session = UUID.randomUUID();
                Instant scheduledAt = at();
                Instant startsAt = scheduledAt.plusSeconds(86_400L * (1 + random.nextInt(20)));
                events.add(scheduled(session, cohort, scheduledAt, startsAt));
                startsAt = corrections.session(session, cohort, scheduledAt, startsAt);
                Instant heldAt = null;
                double outcome = random.nextDouble();
                if (outcome < 0.7) { // completed once it has begun
                    heldAt = startsAt.plusSeconds(60L * random.nextInt(180));
                    events.add(sessionCompleted(session, cohort, heldAt));
                }
                if (outcome >= 0.6 && outcome < 0.85) { // before it starts, or after it was completed
                    events.add(sessionCancelled(
                            session,
                            cohort,
                            heldAt == null ? scheduledAt.plusSeconds(3600) : heldAt.plusSeconds(3600)));
                }
                sessions.add(new Planned(session, startsAt, heldAt));
            }
            sessionsByCohort.add(sessions);
        }
        for (int p = 15 + random.nextInt(25); p > 0; p--) {
            participant(pick(institutions.toArray(String[]::new)));
        }
        for (String code : small) {
            for (int p = 1 + random.nextInt(2); p > 0; p--) {
                participant(code);
            }
        }
        List<Sent> delivered = new ArrayList<>(events);
        for (Sent event : events) {
            if (random.nextInt(10) == 0) {
                delivered.add(event); // the same eventId again: a redelivery
            }
        }
        java.util.Collections.shuffle(delivered, random);
        return delivered;
    }

    private void register(String code, boolean registered) {
        Governorate governorate = random.nextInt(12) == 0 ? Governorate.UNKNOWN : pick(GOVERNORATES);
        if (registered) {
            events.add(institution(code, governorate, at()));
            corrections.institution(code);
        }
    }

    private void participant(String institution) {
        UUID participant = UUID.randomUUID();
        LeadershipLevel registered = corrections.participant(participant, institution);
        enrol(participant, institution, registered, at());
    }

    /** {@code registered}: the participant's level at registration, which an enrolment usually copies. */
    private void enrol(UUID participant, String institution, LeadershipLevel registered, Instant enrolledAt) {
        UUID enrolment = UUID.randomUUID();
        int c = random.nextInt(cohorts.size());
        String cohort = cohorts.get(c);
        LeadershipLevel level = registered != null && random.nextInt(8) != 0
                ? registered
                : random.nextInt(20) == 0 ? LeadershipLevel.UNKNOWN : LeadershipLevel.values()[random.nextInt(4)];
        Instant recordedAt =
                random.nextInt(4) == 0 ? enrolledAt.plusSeconds(86_400L * (1 + random.nextInt(5))) : enrolledAt;
        events.add(enrolled(enrolment, participant, institution, cohort, level, recordedAt, enrolledAt));
        for (Planned session : sessionsByCohort.get(c)) {
            if (session.heldAt() == null || session.startsAt().isBefore(enrolledAt)) {
                continue; // recorded at completion, for those enrolled by then
            }
            if (random.nextDouble() < 0.6) {
                Instant at = session.heldAt().plusSeconds(random.nextInt(4) == 0 ? 3600L * random.nextInt(48) : 0);
                events.add(attended(session.id(), participant, enrolment, institution, cohort, at));
                corrections.attendance(session.id(), participant, enrolment, institution, cohort);
            } else if (random.nextInt(30) == 0) {
                corrections.strayRevocation(session.id(), participant, enrolment, institution, cohort);
            }
        }
        if (random.nextInt(20) == 0) { // at a session of another cohort: never counts as attended
            List<Planned> other = sessionsByCohort.get(random.nextInt(cohorts.size()));
            events.add(attended(
                    other.get(random.nextInt(other.size())).id(),
                    participant,
                    enrolment,
                    institution,
                    cohorts.get(random.nextInt(cohorts.size())),
                    at()));
        }
        Instant sitting = enrolledAt.plusSeconds(86_400L * random.nextInt(25)); // one day's tests: ties common
        for (int a = random.nextInt(6); a > 0; a--) {
            Theme theme = random.nextInt(25) == 0 ? Theme.UNKNOWN : pick(THEMES);
            AssessmentKind kind = random.nextInt(25) == 0 ? AssessmentKind.UNKNOWN : pick(KINDS);
            double score = random.nextBoolean() ? random.nextInt(101) : random.nextDouble() * 100;
            Instant assessedAt = kind == AssessmentKind.BASELINE && random.nextBoolean()
                    ? enrolledAt.minusSeconds(86_400L * random.nextInt(5)) // a baseline may precede the enrolment
                    : random.nextBoolean()
                            ? sitting.plusSeconds(60L * random.nextInt(4))
                            : enrolledAt.plusSeconds(3600L * random.nextInt(24 * 25));
            UUID assessment = UUID.randomUUID();
            Instant typedAt = assessedAt.plusSeconds(3600L * random.nextInt(72)); // often typed in days later
            events.add(assessed(
                    assessment, participant, enrolment, institution, cohort, theme, kind, score, assessedAt, typedAt));
            corrections.assessment(assessment, participant, enrolment, institution, cohort);
        }
        if (random.nextInt(25) == 0) {
            corrections.strayAssessmentCorrection(participant, enrolment, institution, cohort);
        }
        double fate = random.nextDouble();
        if (fate < 0.25) {
            Instant withdrawnAt = after(enrolledAt);
            events.add(withdrawn(enrolment, participant, institution, cohort, withdrawnAt));
            if (random.nextBoolean() && withdrawnAt.isBefore(START.plusSeconds(86_400L * 30))) {
                // a new enrolment of the same participant, after the withdrawal (never in the future)
                enrol(participant, institution, registered, withdrawnAt.plusSeconds(3600));
            }
        } else if (fate < 0.5) {
            events.add(completed(enrolment, participant, institution, cohort, after(enrolledAt)));
        } else if (fate < 0.56) {
            // Both final statuses, recorded in an order of their own: the earliest by business time
            // wins (FinalStatusRule), whichever was recorded or arrived first.
            events.add(withdrawn(enrolment, participant, institution, cohort, after(enrolledAt), after(enrolledAt)));
            events.add(completed(enrolment, participant, institution, cohort, after(enrolledAt), after(enrolledAt)));
        }
    }

    private Instant at() {
        return START.plusMillis(random.nextLong(86_400_000L * 30));
    }

    /** A time within the 25 days after {@code start}: a final status never precedes its enrolment. */
    private Instant after(Instant start) {
        return start.plusMillis(1 + random.nextLong(86_400_000L * 25));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
