package org.irtiqa.registration.participant;

import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.registration.system.Topics;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.events.EventMetadataFactory;
import org.irtiqa.support.outbox.Outbox;
import org.irtiqa.support.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports participants from a CSV file, all or nothing: every line is checked (values,
 * institutions, e-mails taken in the file or already registered) before anything is written, and
 * a file with any bad line creates no one. Lookups and inserts go in sets, not a round trip a line.
 */
@Service
public class ParticipantImport {

    private final ParticipantRepository repository;
    private final Validator validator;
    private final EventMetadataFactory metadata;
    private final Outbox outbox;

    ParticipantImport(
            ParticipantRepository repository, Validator validator, EventMetadataFactory metadata, Outbox outbox) {
        this.repository = repository;
        this.validator = validator;
        this.metadata = metadata;
        this.outbox = outbox;
    }

    @Transactional
    public int importParticipants(byte[] csv) {
        List<CsvLines.Line> lines = CsvLines.parse(csv);
        List<ImportRejected.LineProblem> problems = new ArrayList<>();
        SortedMap<Long, RegisterParticipant> valid = new TreeMap<>();
        for (CsvLines.Line line : lines) {
            List<ImportRejected.LineProblem> lineProblems = ImportedLine.problems(line, validator);
            if (lineProblems.isEmpty()) {
                valid.put(line.number(), ImportedLine.request(line));
            }
            problems.addAll(lineProblems);
        }
        checkReferences(valid, problems);
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(ImportRejected.LineProblem::line));
            throw ImportRejected.lines(problems);
        }
        List<Participant> participants = new ArrayList<>(lines.size());
        valid.values().forEach(request -> participants.add(register(request)));
        if (repository.insertAll(participants) != participants.size()) {
            throw new ConflictException(
                    "email-taken", "An e-mail address of the file was registered meanwhile; nothing was imported.");
        }
        return participants.size();
    }

    /** Unknown institutions, and e-mails taken twice in the file or already registered. */
    private void checkReferences(
            SortedMap<Long, RegisterParticipant> valid, List<ImportRejected.LineProblem> problems) {
        Set<String> knownInstitutions = repository.existingInstitutions(valid.values().stream()
                .map(RegisterParticipant::institutionCode)
                .distinct()
                .toList());
        Set<String> takenEmails = repository.takenEmails(valid.values().stream()
                .map(r -> r.email().toLowerCase(Locale.ROOT))
                .distinct()
                .toList());
        Map<String, Long> firstLineOfEmail = new HashMap<>();
        valid.forEach((line, request) -> {
            String email = request.email().toLowerCase(Locale.ROOT);
            if (!knownInstitutions.contains(request.institutionCode())) {
                problems.add(new ImportRejected.LineProblem(
                        line, "institutionCode", "no institution with code " + request.institutionCode()));
            }
            if (takenEmails.contains(email)) {
                problems.add(new ImportRejected.LineProblem(line, "email", "already registered"));
            }
            Long first = firstLineOfEmail.putIfAbsent(email, line);
            if (first != null) {
                problems.add(new ImportRejected.LineProblem(line, "email", "also on line " + first + " of this file"));
            }
        });
    }

    private Participant register(RegisterParticipant request) {
        EventMetadata meta = metadata.next();
        Participant participant = request.participant(EventIds.next(), meta.getOccurredAt());
        outbox.append(
                Topics.PARTICIPANTS, participant.institutionCode(), ParticipantEvents.registered(meta, participant));
        return participant;
    }
}
