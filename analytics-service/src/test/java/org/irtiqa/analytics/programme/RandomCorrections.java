package org.irtiqa.analytics.programme;

import static org.irtiqa.analytics.programme.TestCorrections.*;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import org.irtiqa.analytics.programme.TestEvents.Sent;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.LeadershipLevel;
import org.irtiqa.events.Sector;

/**
 * The corrections of a {@link RandomProgramme}: institutions renamed and moved to other
 * governorates, cohorts and participants edited (levels changed), sessions rescheduled,
 * attendance revoked and recorded again, assessments corrected and retracted, and corrections of
 * things never recorded. Revisions count up per thing as the producers' do; each event's time is
 * random, so a higher revision often carries an earlier clock, and once in a while two events share
 * a revision (the tie goes to occurredAt, then eventId). Shuffled with the rest, many arrive before
 * the fact they correct.
 */
final class RandomCorrections {

    private static final Governorate[] GOVERNORATES = {Governorate.MUSCAT, Governorate.DHOFAR, Governorate.AL_WUSTA};

    private final Random random;
    private final List<Sent> events;
    private final Supplier<Instant> at;

    RandomCorrections(Random random, List<Sent> events, Supplier<Instant> at) {
        this.random = random;
        this.events = events;
        this.at = at;
    }

    void institution(String code) {
        for (long revision = 1, n = random.nextInt(4); revision <= n; revision++) {
            Governorate governorate = random.nextInt(15) == 0 ? Governorate.UNKNOWN : pick(GOVERNORATES);
            events.add(institutionUpdated(
                    code, "Renamed " + code + " r" + revision, governorate, Sector.AUTHORITY, tie(revision), at.get()));
        }
    }

    void cohort(String code) {
        LocalDate startsOn = LocalDate.of(2026, 10, 1);
        events.add(cohortCreated(code, startsOn, startsOn.plusMonths(4), at.get()));
        for (long revision = 1, n = random.nextInt(3); revision <= n; revision++) {
            events.add(cohortUpdated(
                    code, code + " r" + revision, startsOn, startsOn.plusMonths(4 + revision), revision, at.get()));
        }
    }

    /** The level the participant is registered with, or null when no event of it is ever sent. */
    LeadershipLevel participant(UUID participant, String institution) {
        if (random.nextInt(7) == 0) {
            return null;
        }
        LeadershipLevel level = level();
        events.add(participantRegistered(participant, institution, level, at.get()));
        for (long revision = 1, n = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; revision <= n; revision++) {
            events.add(participantUpdated(
                    participant, institution, level(), "Leader r" + revision, tie(revision), at.get()));
        }
        return level;
    }

    /**
     * Reschedules of a session planned at {@code scheduledAt} to start at {@code startsAt}, each
     * written while it is still SCHEDULED (within the hour after planning, the clocks of two
     * instances apart); returns the startsAt it keeps (the highest revision's).
     */
    Instant session(UUID session, String cohort, Instant scheduledAt, Instant startsAt) {
        Instant kept = startsAt;
        for (long revision = 1, n = random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0; revision <= n; revision++) {
            kept = scheduledAt.plusSeconds(86_400L * (1 + random.nextInt(20)) + 60L * random.nextInt(600));
            events.add(rescheduled(session, cohort, kept, revision, scheduledAt.plusSeconds(60L * random.nextInt(60))));
        }
        return kept;
    }

    /** After its recording (revision 0): sometimes revoked (1), and then sometimes recorded again (2). */
    void attendance(UUID session, UUID participant, UUID enrolment, String institution, String cohort) {
        if (random.nextInt(5) != 0) {
            return;
        }
        events.add(revoked(session, participant, enrolment, institution, cohort, 1, at.get()));
        if (random.nextInt(5) < 2) {
            events.add(TestEvents.attended(session, participant, enrolment, institution, cohort, tie(2), at.get()));
        }
    }

    /** A revocation of a pair that was never recorded: the pair is not attended. */
    void strayRevocation(UUID session, UUID participant, UUID enrolment, String institution, String cohort) {
        events.add(revoked(session, participant, enrolment, institution, cohort, 1, at.get()));
    }

    void assessment(UUID assessment, UUID participant, UUID enrolment, String institution, String cohort) {
        long revision = 0;
        for (int n = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; n > 0; n--) {
            revision++;
            events.add(corrected(
                    assessment, participant, enrolment, institution, cohort, score(), tie(revision), at.get()));
        }
        if (random.nextInt(10) == 0) {
            events.add(retracted(assessment, participant, enrolment, institution, cohort, revision + 1, at.get()));
        }
    }

    /** A correction or a retraction of an assessment that never arrives: it waits, and counts in lastEventAt only. */
    void strayAssessmentCorrection(UUID participant, UUID enrolment, String institution, String cohort) {
        UUID nobody = UUID.randomUUID();
        events.add(
                random.nextBoolean()
                        ? corrected(nobody, participant, enrolment, institution, cohort, score(), 1, at.get())
                        : retracted(nobody, participant, enrolment, institution, cohort, 1, at.get()));
    }

    private LeadershipLevel level() {
        return random.nextInt(20) == 0 ? LeadershipLevel.UNKNOWN : LeadershipLevel.values()[random.nextInt(4)];
    }

    private double score() {
        return random.nextBoolean() ? random.nextInt(101) : random.nextDouble() * 100;
    }

    /** Now and then the revision before, so that two events of one thing tie on it. */
    private long tie(long revision) {
        return revision > 1 && random.nextInt(6) == 0 ? revision - 1 : revision;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
