package org.irtiqa.registration.imports;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ParticipantImportController {

    private final ParticipantImport participantImport;

    ParticipantImportController(ParticipantImport participantImport) {
        this.participantImport = participantImport;
    }

    /**
     * The raw bytes, so that the file's encoding is checked here rather than guessed by a
     * converter. With {@code cohortCode}, everyone imported is also enrolled in that cohort.
     */
    @PostMapping(path = "/api/participants/import", consumes = "text/csv")
    ImportResult importParticipants(@RequestBody byte[] csv, @RequestParam(required = false) String cohortCode) {
        return participantImport.importParticipants(csv, cohortCode);
    }
}
