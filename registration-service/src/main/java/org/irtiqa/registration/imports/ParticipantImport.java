package org.irtiqa.registration.imports;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.irtiqa.registration.cohort.Cohort;
import org.irtiqa.registration.cohort.Cohorts;
import org.irtiqa.registration.enrolment.BulkEnrolments;
import org.irtiqa.registration.imports.ImportRejected.LineProblem;
import org.irtiqa.registration.imports.ImportResult.CreatedEnrolment;
import org.irtiqa.registration.imports.ImportResult.CreatedParticipant;
import org.irtiqa.registration.institution.Institutions;
import org.irtiqa.registration.participant.Participant;
import org.irtiqa.registration.participant.Participants;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports participants from a CSV file, and with a cohort enrols them all, all or nothing in one
 * transaction: every line is checked (values, institutions, e-mails taken in the file or already
 * registered, a seat in the cohort) before anything is written, and every problem found is
 * reported at once, so that one corrected upload succeeds. Lookups and inserts go in sets, not a
 * round trip a line.
 */
@Service
public class ParticipantImport {

    private final Participants participants;
    private final Institutions institutions;
    private final Cohorts cohorts;
    private final BulkEnrolments enrolments;
    private final Validator validator;

    ParticipantImport(
            Participants participants,
            Institutions institutions,
            Cohorts cohorts,
            BulkEnrolments enrolments,
            Validator validator) {
        this.participants = participants;
        this.institutions = institutions;
        this.cohorts = cohorts;
        this.enrolments = enrolments;
        this.validator = validator;
    }

    @Transactional
    public ImportResult importParticipants(byte[] csv, String cohortCode) {
        List<ImportedLine> lines = CsvLines.parse(csv).stream()
                .map(line -> ImportedLine.check(line, validator))
                .toList();
        List<LineProblem> problems = new ArrayList<>();
        lines.forEach(line -> problems.addAll(line.problems()));
        checkReferences(lines, problems);
        Optional<Cohort> cohort = cohortCode == null ? Optional.empty() : seatsFor(cohortCode, lines, problems);
        if (!problems.isEmpty()) {
            throw ImportRejected.lines(inFileOrder(problems));
        }
        List<Participant> created = participants.registerAll(
                lines.stream().map(ImportedLine::request).toList());
        List<CreatedParticipant> createdParticipants = IntStream.range(0, lines.size())
                .mapToObj(i -> new CreatedParticipant(
                        lines.get(i).number(),
                        created.get(i).id(),
                        created.get(i).email()))
                .toList();
        List<CreatedEnrolment> createdEnrolments = cohort.map(c -> enrolments.enrolAll(c, created))
                .map(enrolled -> IntStream.range(0, lines.size())
                        .mapToObj(i -> new CreatedEnrolment(
                                lines.get(i).number(), enrolled.get(i).id()))
                        .toList())
                .orElse(List.of());
        return new ImportResult(created.size(), createdParticipants, createdEnrolments);
    }

    /** Unknown institutions, and e-mails taken twice in the file or already registered. */
    private void checkReferences(List<ImportedLine> lines, List<LineProblem> problems) {
        List<ImportedLine> withInstitution = lines.stream()
                .filter(line -> !line.invalid().contains("institutionCode"))
                .toList();
        List<ImportedLine> withEmail =
                lines.stream().filter(line -> !line.invalid().contains("email")).toList();
        Set<String> known = institutions.existing(withInstitution.stream()
                .map(line -> line.request().institutionCode())
                .distinct()
                .toList());
        Set<String> taken = participants.takenEmails(
                withEmail.stream().map(line -> line.request().email()).toList());
        withInstitution.stream()
                .filter(line -> !known.contains(line.request().institutionCode()))
                .forEach(line -> problems.add(new LineProblem(
                        line.number(),
                        "institutionCode",
                        "no institution with code " + line.request().institutionCode())));
        Map<String, Long> firstLineOfEmail = new HashMap<>();
        for (ImportedLine line : withEmail) {
            String email = line.request().email().toLowerCase(Locale.ROOT);
            if (taken.contains(email)) {
                problems.add(new LineProblem(line.number(), "email", "already registered"));
            }
            Long first = firstLineOfEmail.putIfAbsent(email, line.number());
            if (first != null) {
                problems.add(new LineProblem(line.number(), "email", "also on line " + first + " of this file"));
            }
        }
    }

    /**
     * The cohort everyone is to be enrolled in, locked until the import ends so that its free
     * seats stay free; the lines past its free seats, in file order, are reported full.
     */
    private Optional<Cohort> seatsFor(String code, List<ImportedLine> lines, List<LineProblem> problems) {
        Optional<Cohort> found = cohorts.lock(code);
        if (found.isEmpty()) {
            problems.add(LineProblem.ofRequest("cohortCode", "no cohort with code " + code));
            return found;
        }
        Cohort cohort = found.get();
        enrolments
                .dateRefusalNow(cohort)
                .ifPresent(refusal -> problems.add(LineProblem.ofRequest("cohortCode", refusal.getMessage())));
        int free = cohort.capacity() - cohort.activeEnrolments();
        lines.stream()
                .skip(Math.max(free, 0))
                .forEach(line -> problems.add(new LineProblem(
                        line.number(),
                        "cohortCode",
                        "no seat left for this line in cohort " + code + ": it has " + Math.max(free, 0)
                                + " free seat(s) for the " + lines.size() + " line(s) of this file")));
        return found;
    }

    /** By line (the request's own problems first), then by column as the header orders them. */
    private static List<LineProblem> inFileOrder(List<LineProblem> problems) {
        return problems.stream()
                .sorted(Comparator.comparing((LineProblem p) -> p.line() == null ? 0 : p.line())
                        .thenComparing(p -> column(p.field())))
                .toList();
    }

    private static int column(String field) {
        int index = CsvLines.HEADER.indexOf(field);
        return index >= 0 ? index : field.equals("line") ? -1 : CsvLines.HEADER.size();
    }
}
