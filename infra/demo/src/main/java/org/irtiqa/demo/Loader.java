package org.irtiqa.demo;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.irtiqa.demo.Programme.Stage;
import org.irtiqa.demo.Programme.Step;
import tools.jackson.databind.JsonNode;

/**
 * Sends a {@link Programme} through the public HTTP APIs only: registration first, then
 * scheduling. Every write carries an {@code Idempotency-Key} made from the programme's tag and
 * the step's place in the plan, so a write retried after a timeout, a refused connection or a
 * 5xx has one effect, and so does the whole load run again after an interruption. A 422 from
 * scheduling may be a roster still catching up with registration's events: it is retried with
 * back-off too. Before a stage that needs it, the loader waits until scheduling's roster shows
 * exactly the enrolments the plan expects.
 */
public final class Loader {

    private static final Duration STEP_DEADLINE = Duration.ofMinutes(5);
    private static final DateTimeFormatter OFFSET_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

    private final Http registration;
    private final Http scheduling;
    private final int parallelism;
    private final Consumer<String> progress;
    private final Map<String, UUID> ids = new ConcurrentHashMap<>();

    private boolean importParticipants;

    public Loader(Http registration, Http scheduling, int parallelism, Consumer<String> progress) {
        this.registration = registration;
        this.scheduling = scheduling;
        this.parallelism = parallelism;
        this.progress = progress;
    }

    /**
     * Registers a stage of participants with one CSV import ({@code POST /api/participants/import},
     * all or nothing) instead of one POST each, then learns their ids from the participant lists.
     */
    public Loader importingParticipants() {
        importParticipants = true;
        return this;
    }

    /** The server's id of a participant, enrolment, session or assessment key, once loaded. */
    public UUID id(String key) {
        return ids.get(key);
    }

    public void load(Programme programme) {
        int number = 0;
        for (Stage stage : programme.stages()) {
            number++;
            long started = System.nanoTime();
            run(programme, stage);
            progress.accept("demo: %2d/%d %s (%d writes) in %.1f s"
                    .formatted(
                            number,
                            programme.stages().size(),
                            stage.name(),
                            stage.steps().size(),
                            (System.nanoTime() - started) / 1e9));
        }
    }

    /** Runs one stage: waits for the roster it needs, then sends its steps, {@code parallelism} at a time. */
    public void run(Programme programme, Stage stage) {
        if (stage.roster() != null) {
            stage.roster().forEach(this::awaitRoster);
        }
        int offset = 0;
        for (Stage s : programme.stages()) {
            if (s == stage) {
                break;
            }
            offset += s.steps().size();
        }
        if (importParticipants
                && !stage.steps().isEmpty()
                && stage.steps().stream().allMatch(Step.RegisterParticipant.class::isInstance)) {
            importParticipants(stage, programme.tag() + "/" + offset + "-import");
            return;
        }
        Semaphore permits = new Semaphore(parallelism);
        List<Future<?>> running = new ArrayList<>();
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < stage.steps().size(); i++) {
                Step step = stage.steps().get(i);
                String key = programme.tag() + "/" + (offset + i);
                permits.acquireUninterruptibly();
                running.add(executor.submit(() -> {
                    try {
                        send(step, key);
                    } finally {
                        permits.release();
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private void send(Step step, String key) {
        switch (step) {
            case Step.RegisterInstitution s -> write(registration, "/api/institutions", s.institution(), key);
            case Step.CreateCohort s -> write(registration, "/api/cohorts", s.cohort(), key);
            case Step.RegisterParticipant s -> {
                var p = s.participant();
                Map<String, Object> body = map(
                        "institutionCode",
                        p.institutionCode(),
                        "fullNameEn",
                        p.fullNameEn(),
                        "fullNameAr",
                        p.fullNameAr(),
                        "email",
                        p.email(),
                        "level",
                        p.level(),
                        "jobTitle",
                        p.jobTitle());
                remember(p.key(), write(registration, "/api/participants", body, key));
            }
            case Step.Enrol s ->
                remember(
                        s.enrolmentKey(),
                        write(
                                registration,
                                "/api/enrolments",
                                map("participantId", ids.get(s.participantKey()), "cohortCode", s.cohortCode()),
                                key));
            case Step.Withdraw s ->
                write(
                        registration,
                        "/api/enrolments/" + ids.get(s.enrolmentKey()) + "/withdrawal",
                        map("reason", s.reason()),
                        key);
            case Step.Complete s ->
                write(registration, "/api/enrolments/" + ids.get(s.enrolmentKey()) + "/completion", Map.of(), key);
            case Step.Schedule s -> {
                var session = s.session();
                Map<String, Object> body = map(
                        "cohortCode",
                        session.cohortCode(),
                        "titleEn",
                        session.titleEn(),
                        "titleAr",
                        session.titleAr(),
                        "format",
                        session.format(),
                        "theme",
                        session.theme(),
                        "startsAt",
                        muscat(session.startsAt()),
                        "endsAt",
                        muscat(session.endsAt()),
                        "venue",
                        session.venue(),
                        "speakers",
                        session.speakers());
                remember(session.key(), write(scheduling, "/api/sessions", body, key));
            }
            case Step.Cancel s ->
                write(
                        scheduling,
                        "/api/sessions/" + ids.get(s.sessionKey()) + "/cancellation",
                        map("reason", s.reason()),
                        key);
            case Step.Hold s ->
                write(
                        scheduling,
                        "/api/sessions/" + ids.get(s.sessionKey()) + "/completion",
                        map("attendees", s.attendeeKeys().stream().map(ids::get).toList()),
                        key);
            case Step.LateAttendance s ->
                write(
                        scheduling,
                        "/api/sessions/" + ids.get(s.sessionKey()) + "/attendance",
                        map("participantId", ids.get(s.participantKey())),
                        key);
            case Step.Assess s -> {
                var a = s.assessment();
                remember(
                        a.key(),
                        write(
                                scheduling,
                                "/api/assessments",
                                map(
                                        "participantId",
                                        ids.get(a.participantKey()),
                                        "theme",
                                        a.theme(),
                                        "kind",
                                        a.kind(),
                                        "score",
                                        a.score(),
                                        "assessedAt",
                                        muscat(a.assessedAt()),
                                        "sessionId",
                                        a.sessionKey() == null ? null : ids.get(a.sessionKey())),
                                key));
            }
        }
    }

    private void importParticipants(Stage stage, String idempotencyKey) {
        StringBuilder csv = new StringBuilder("institutionCode,fullNameEn,fullNameAr,email,level,jobTitle\r\n");
        Map<String, String> keyByEmail = new LinkedHashMap<>();
        for (Step step : stage.steps()) {
            var p = ((Step.RegisterParticipant) step).participant();
            for (String field :
                    List.of(p.institutionCode(), p.fullNameEn(), p.fullNameAr(), p.email(), p.level(), p.jobTitle())) {
                csv.append('"').append(field.replace("\"", "\"\"")).append('"').append(',');
            }
            csv.setCharAt(csv.length() - 1, '\r');
            csv.append('\n');
            keyByEmail.put(p.email().toLowerCase(), p.key());
        }
        retrying(
                "POST " + registration.baseUrl() + "/api/participants/import [" + idempotencyKey + "]",
                false,
                () -> registration.post(
                        "/api/participants/import", "text/csv; charset=utf-8", csv.toString(), idempotencyKey));
        Set<String> institutions = new java.util.TreeSet<>();
        stage.steps()
                .forEach(s -> institutions.add(
                        ((Step.RegisterParticipant) s).participant().institutionCode()));
        for (String institution : institutions) {
            for (int page = 0; ; page++) {
                String path = "/api/participants?institutionCode=" + institution + "&size=500&page=" + page;
                JsonNode items;
                try {
                    Http.Response response = registration.get(path);
                    if (!response.ok()) {
                        throw new IllegalStateException("GET " + path + " → " + response.status());
                    }
                    items = response.body().get("items");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                if (items.isEmpty()) {
                    break;
                }
                for (JsonNode participant : items) {
                    String key =
                            keyByEmail.get(participant.get("email").asString().toLowerCase());
                    if (key != null) {
                        remember(key, participant);
                    }
                }
            }
        }
        List<String> missing =
                keyByEmail.values().stream().filter(k -> !ids.containsKey(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Imported participants not found in the lists: " + missing);
        }
    }

    private void remember(String key, JsonNode created) {
        ids.put(key, UUID.fromString(created.get("id").asString()));
    }

    /**
     * POSTs until a 2xx, retrying (same key, same body) what may pass later: no connection, a
     * timeout, a 5xx, a repeat still in flight, and from scheduling a 422 (its roster catching up).
     */
    public static JsonNode write(Http service, String path, Object body, String idempotencyKey) {
        return retrying(
                "POST " + service.baseUrl() + path + " [" + idempotencyKey + "]",
                isScheduling(path),
                () -> service.post(path, body, idempotencyKey));
    }

    private interface Call {
        Http.Response send() throws IOException;
    }

    private static JsonNode retrying(String what, boolean retryUnknownReference, Call call) {
        Instant deadline = Instant.now().plus(STEP_DEADLINE);
        long backoff = 100;
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Response response = call.send();
                if (response.ok()) {
                    return response.body();
                }
                boolean retry = response.status() >= 500
                        || response.problem().equals("idempotency-key-in-use")
                        || (response.status() == 422 && retryUnknownReference);
                last = response.status() + " " + (response.body() == null ? "" : response.body());
                if (!retry) {
                    throw new IllegalStateException(what + " → " + last);
                }
            } catch (IOException e) {
                last = e.toString();
            }
            sleep(backoff);
            backoff = Math.min(backoff * 2, 3000);
        }
        throw new IllegalStateException(what + " did not succeed within " + STEP_DEADLINE + "; last: " + last);
    }

    private static boolean isScheduling(String path) {
        return path.startsWith("/api/sessions") || path.startsWith("/api/assessments");
    }

    /** Waits until the cohort's roster on scheduling holds exactly these enrolments. */
    private void awaitRoster(String cohortCode, List<String> enrolmentKeys) {
        Set<String> expected = new HashSet<>();
        enrolmentKeys.forEach(k -> expected.add(ids.get(k).toString()));
        Instant deadline = Instant.now().plus(STEP_DEADLINE);
        Set<String> seen = Set.of();
        while (Instant.now().isBefore(deadline)) {
            try {
                Http.Response roster = scheduling.get("/api/cohorts/" + cohortCode + "/roster");
                if (roster.status() == 200) {
                    seen = new HashSet<>();
                    for (JsonNode entry : roster.body().get("items")) {
                        seen.add(entry.get("enrolmentId").asString());
                    }
                    if (seen.equals(expected)) {
                        return;
                    }
                }
            } catch (IOException e) {
                // scheduling restarting: try again
            }
            sleep(250);
        }
        throw new IllegalStateException("Scheduling's roster of " + cohortCode + " did not catch up within "
                + STEP_DEADLINE + ": " + seen.size() + " of " + expected.size() + " enrolments");
    }

    private static String muscat(Instant instant) {
        return OFFSET_TIME.format(instant.atOffset(ZoneOffset.ofHours(4)));
    }

    /** Like Map.of, but keeps order and allows null values (an absent sessionId). */
    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
