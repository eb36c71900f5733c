package org.irtiqa.registration.participant;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ParticipantImportController {

    private final ParticipantImport participantImport;

    ParticipantImportController(ParticipantImport participantImport) {
        this.participantImport = participantImport;
    }

    /** The raw bytes, so that the file's encoding is checked here rather than guessed by a converter. */
    @PostMapping(path = "/api/participants/import", consumes = "text/csv")
    ImportResult importParticipants(@RequestBody byte[] csv) {
        return new ImportResult(participantImport.importParticipants(csv));
    }

    record ImportResult(int created) {}
}
