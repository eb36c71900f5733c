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
 * UNKNOWN governorate), cohorts, sessions held, cancelled, only scheduled or completed and then
 * cancelled, enrolments with withdrawals, completions and re-enrolments, attendance (rarely at
 * another cohort's session), assessments with baselines, ties on assessedAt and UNKNOWN kinds and
 * themes; and every kind of correction ({@link RandomCorrections}). Returned in a shuffled order
 * with duplicates, as Kafka may deliver them.
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
    private final List<List<UUID>> sessionsByCohort = new ArrayList<>();
    private final RandomCorrections corrections;

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
            Governorate governorate = random.nextInt(12) == 0 ? Governorate.UNKNOWN : pick(GOVERNORATES);
            if (i > 0 || random.nextBoolean()) { // institution 0 is sometimes never registered
                events.add(institution(code, governorate, at()));
                corrections.institution(code);
            }
        }
        int cohortCount = 2 + random.nextInt(2);
        for (int c = 0; c < cohortCount; c++) {
            String cohort = prefix + "-C" + c;
            cohorts.add(cohort);
            corrections.cohort(cohort);
            List<UUID> sessions = new ArrayList<>();
            for (int s = 2 + random.nextInt(4); s > 0; s--) {
                UUID session = UUID.randomUUID();
                sessions.add(session);
                events.add(scheduled(session, cohort, at()));
                corrections.session(session, cohort);
                double outcome = random.nextDouble();
                if (outcome < 0.7) {
                    events.add(sessionCompleted(session, cohort, at()));
                }
                if (outcome >= 0.6 && outcome < 0.85) {
                    events.add(sessionCancelled(session, cohort, at()));
                }
            }
            sessionsByCohort.add(sessions);
        }
        for (int p = 15 + random.nextInt(25); p > 0; p--) {
            UUID participant = UUID.randomUUID();
            String institution = pick(institutions.toArray(String[]::new));
            LeadershipLevel registered = corrections.participant(participant, institution);
            enrol(participant, institution, registered);
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

    /** {@code registered}: the participant's level at registration, which an enrolment usually copies. */
    private void enrol(UUID participant, String institution, LeadershipLevel registered) {
        UUID enrolment = UUID.randomUUID();
        int c = random.nextInt(cohorts.size());
        String cohort = cohorts.get(c);
        LeadershipLevel level = registered != null && random.nextInt(8) != 0
                ? registered
                : random.nextInt(20) == 0 ? LeadershipLevel.UNKNOWN : LeadershipLevel.values()[random.nextInt(4)];
        events.add(enrolled(enrolment, participant, institution, cohort, level, at()));
        for (UUID session : sessionsByCohort.get(c)) {
            if (random.nextDouble() < 0.6) {
                events.add(attended(session, participant, enrolment, institution, cohort, at()));
                corrections.attendance(session, participant, enrolment, institution, cohort);
            } else if (random.nextInt(30) == 0) {
                corrections.strayRevocation(session, participant, enrolment, institution, cohort);
            }
        }
        if (random.nextInt(20) == 0) { // at a session of another cohort: never counts as attended
            List<UUID> other = sessionsByCohort.get(random.nextInt(cohorts.size()));
            events.add(attended(
                    other.get(random.nextInt(other.size())),
                    participant,
                    enrolment,
                    institution,
                    cohorts.get(random.nextInt(cohorts.size())),
                    at()));
        }
        for (int a = random.nextInt(6); a > 0; a--) {
            Theme theme = random.nextInt(25) == 0 ? Theme.UNKNOWN : pick(THEMES);
            AssessmentKind kind = random.nextInt(25) == 0 ? AssessmentKind.UNKNOWN : pick(KINDS);
            double score = random.nextBoolean() ? random.nextInt(101) : random.nextDouble() * 100;
            Instant assessedAt = START.plusSeconds(60L * random.nextInt(4)); // ties are common
            UUID assessment = UUID.randomUUID();
            events.add(assessed(
                    assessment, participant, enrolment, institution, cohort, theme, kind, score, assessedAt, at()));
            corrections.assessment(assessment, participant, enrolment, institution, cohort);
        }
        if (random.nextInt(25) == 0) {
            corrections.strayAssessmentCorrection(participant, enrolment, institution, cohort);
        }
        double fate = random.nextDouble();
        if (fate < 0.25) {
            events.add(withdrawn(enrolment, participant, institution, cohort, at()));
            if (random.nextBoolean()) {
                enrol(participant, institution, registered); // a new enrolment of the same participant
            }
        } else if (fate < 0.5) {
            events.add(completed(enrolment, participant, institution, cohort, at()));
        } else if (fate < 0.56) {
            // Both final statuses, recorded in an order of their own: the earliest by business time
            // wins (FinalStatusRule), whichever was recorded or arrived first.
            events.add(withdrawn(enrolment, participant, institution, cohort, at(), at()));
            events.add(completed(enrolment, participant, institution, cohort, at(), at()));
        }
    }

    private Instant at() {
        return START.plusMillis(random.nextLong(86_400_000L * 30));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
