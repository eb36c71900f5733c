package org.irtiqa.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A programme as the programme office would run it: what it registers and schedules (the
 * {@link #stages() plan}, sent over HTTP by {@link Loader}), and the state the platform must end
 * in (the facts from which {@link Figures} computes readiness independently of the services).
 * Keys are local names ({@code P12}, {@code E12-2}, {@code S07}); the servers' ids are learnt while loading.
 */
public final class Programme {

    public record Institution(String code, String nameEn, String nameAr, String governorate, String sector) {}

    public record Cohort(
            String code, String nameEn, String nameAr, LocalDate startsOn, LocalDate endsOn, int capacity) {}

    public record Participant(
            String key,
            String institutionCode,
            String fullNameEn,
            String fullNameAr,
            String email,
            String level,
            String jobTitle) {}

    public enum Status {
        ENROLLED,
        WITHDRAWN,
        COMPLETED
    }

    /** An enrolment and its final status. */
    public record Enrolment(
            String key, String participantKey, String institutionCode, String cohortCode, String level, Status status) {

        public boolean active() {
            return status != Status.WITHDRAWN;
        }
    }

    public enum Outcome {
        HELD,
        CANCELLED,
        SCHEDULED
    }

    public record Session(
            String key,
            String cohortCode,
            String titleEn,
            String titleAr,
            String format,
            String theme,
            Instant startsAt,
            Instant endsAt,
            String venue,
            List<String> speakers,
            Outcome outcome) {}

    /** Attendance of an enrolment (through its participant) at a session; {@code late} when recorded after completion. */
    public record Attendance(String enrolmentKey, String participantKey, String sessionKey, boolean late) {}

    public record Assessment(
            String key,
            String enrolmentKey,
            String participantKey,
            String theme,
            String kind,
            double score,
            Instant assessedAt,
            String sessionKey) {}

    /** Steps that may run concurrently; before them, the roster must hold {@code roster} (cohort → active enrolment keys), if given. */
    public record Stage(String name, List<Step> steps, Map<String, List<String>> roster) {}

    /** One HTTP write. */
    public sealed interface Step {
        record RegisterInstitution(Institution institution) implements Step {}

        record CreateCohort(Cohort cohort) implements Step {}

        record RegisterParticipant(Participant participant) implements Step {}

        record Enrol(String enrolmentKey, String participantKey, String cohortCode, Instant enrolledAt)
                implements Step {}

        record Withdraw(String enrolmentKey, String reason, Instant withdrawnAt) implements Step {}

        record Complete(String enrolmentKey, Instant completedAt) implements Step {}

        record Schedule(Session session) implements Step {}

        /** A session's time or titles changed before it was held. */
        record Reschedule(Session session) implements Step {}

        record Cancel(String sessionKey, String reason) implements Step {}

        record Hold(String sessionKey, List<String> attendeeKeys) implements Step {}

        record LateAttendance(String sessionKey, String participantKey) implements Step {}

        record Assess(Assessment assessment) implements Step {}

        // corrections of what was recorded by mistake (api.md "Corrections and integrity")

        record UpdateInstitution(Institution institution) implements Step {}

        record UpdateParticipant(Participant participant) implements Step {}

        record CorrectAssessment(String assessmentKey, double score, String reason) implements Step {}

        record RetractAssessment(String assessmentKey, String reason) implements Step {}

        record RevokeAttendance(String sessionKey, String participantKey, String reason) implements Step {}
    }

    private final String tag;
    private final Map<String, Institution> institutions = new LinkedHashMap<>();
    private final Map<String, Cohort> cohorts = new LinkedHashMap<>();
    private final Map<String, Participant> participants = new LinkedHashMap<>();
    private final Map<String, Enrolment> enrolments = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new LinkedHashMap<>();
    private final List<Attendance> attendance = new ArrayList<>();
    private final List<Assessment> assessments = new ArrayList<>();
    private final List<Stage> stages = new ArrayList<>();

    /** {@code tag} makes idempotency keys unique to this programme. */
    public Programme(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }

    public Collection<Institution> institutions() {
        return institutions.values();
    }

    public Collection<Cohort> cohorts() {
        return cohorts.values();
    }

    public Collection<Participant> participants() {
        return participants.values();
    }

    public Collection<Enrolment> enrolments() {
        return enrolments.values();
    }

    public Collection<Session> sessions() {
        return sessions.values();
    }

    public List<Attendance> attendance() {
        return attendance;
    }

    public List<Assessment> assessments() {
        return assessments;
    }

    public List<Stage> stages() {
        return stages;
    }

    public Institution institution(String code) {
        return institutions.get(code);
    }

    public Participant participant(String key) {
        return participants.get(key);
    }

    public Enrolment enrolment(String key) {
        return enrolments.get(key);
    }

    public Session session(String key) {
        return sessions.get(key);
    }

    // ---- building (the generator, or a test that writes by hand and records what it wrote) ----

    public void add(Institution institution) {
        institutions.put(institution.code(), institution);
    }

    public void add(Cohort cohort) {
        cohorts.put(cohort.code(), cohort);
    }

    public void add(Participant participant) {
        participants.put(participant.key(), participant);
    }

    /** Adds or replaces (a status change) an enrolment. */
    public void put(Enrolment enrolment) {
        enrolments.put(enrolment.key(), enrolment);
    }

    /** Adds or replaces (an outcome) a session. */
    public void put(Session session) {
        sessions.put(session.key(), session);
    }

    public void add(Attendance pair) {
        attendance.add(pair);
    }

    public void add(Assessment assessment) {
        assessments.add(assessment);
    }

    /** A fact recorded and then corrected: the programme keeps what is true after the correction. */
    public void replace(Assessment assessment) {
        assessments.replaceAll(a -> a.key().equals(assessment.key()) ? assessment : a);
    }

    /** An assessment retracted: it counts nowhere. */
    public void retract(String assessmentKey) {
        assessments.removeIf(a -> a.key().equals(assessmentKey));
    }

    /** An attendance revoked: the pair is not in Attendance. */
    public void revoke(Attendance pair) {
        attendance.remove(pair);
    }

    public void replace(Participant participant) {
        participants.put(participant.key(), participant);
    }

    public void add(Stage stage) {
        if (!stage.steps().isEmpty()) {
            stages.add(stage);
        }
    }

    public int steps() {
        return stages.stream().mapToInt(s -> s.steps().size()).sum();
    }
}
