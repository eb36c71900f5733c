package org.irtiqa.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.irtiqa.demo.Programme.Stage;
import org.irtiqa.demo.Programme.Step;
import tools.jackson.databind.JsonNode;

/**
 * Registers a stage of participants with one CSV import ({@code POST /api/participants/import},
 * all or nothing) instead of one POST each. The import answers with no ids, so they are learnt
 * afterwards from the participant lists of the stage's institutions, by e-mail.
 */
final class ParticipantImport {

    private final Http registration;
    private final ServerIds ids;

    ParticipantImport(Http registration, ServerIds ids) {
        this.registration = registration;
        this.ids = ids;
    }

    /** Whether the stage is only participant registrations, which one import can replace. */
    static boolean canImport(Stage stage) {
        return !stage.steps().isEmpty() && stage.steps().stream().allMatch(Step.RegisterParticipant.class::isInstance);
    }

    void run(Stage stage, String idempotencyKey) {
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
        Retries.untilOk(
                "POST " + registration.baseUrl() + "/api/participants/import [" + idempotencyKey + "]",
                false,
                () -> registration.post(
                        "/api/participants/import", "text/csv; charset=utf-8", csv.toString(), idempotencyKey));
        Set<String> institutions = new TreeSet<>();
        stage.steps()
                .forEach(s -> institutions.add(
                        ((Step.RegisterParticipant) s).participant().institutionCode()));
        for (String institution : institutions) {
            learnIds(institution, keyByEmail);
        }
        List<String> missing =
                keyByEmail.values().stream().filter(k -> !ids.has(k)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("Imported participants not found in the lists: " + missing);
        }
    }

    /** Remembers the ids of the institution's listed participants that were imported, page by page. */
    private void learnIds(String institution, Map<String, String> keyByEmail) {
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
                throw new UncheckedIOException(e);
            }
            if (items.isEmpty()) {
                break;
            }
            for (JsonNode participant : items) {
                String key = keyByEmail.get(participant.get("email").asString().toLowerCase());
                if (key != null) {
                    ids.remember(key, participant);
                }
            }
        }
    }
}
