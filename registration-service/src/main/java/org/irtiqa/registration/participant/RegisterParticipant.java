package org.irtiqa.registration.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;

/** The body of `POST /api/participants`, and one line of the CSV import. */
public record RegisterParticipant(
        @NotBlank String institutionCode,
        @NotBlank @Size(max = 200) String fullNameEn,
        @NotBlank @Size(max = 200) String fullNameAr,
        @NotBlank @Size(max = 254) @Email String email,
        @NotNull LeadershipLevel level,
        @Size(max = 200) String jobTitle) {

    /** The participant this request registers, under the id and time the service gives it. */
    Participant participant(UUID id, Instant registeredAt) {
        return new Participant(id, institutionCode, fullNameEn, fullNameAr, email, level, jobTitle, registeredAt);
    }
}
