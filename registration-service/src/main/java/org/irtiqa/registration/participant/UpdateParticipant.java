package org.irtiqa.registration.participant;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of `PUT /api/participants/{id}`: everything the programme office typed, but the
 * institution (a leader who moves to another institution is registered there anew).
 */
public record UpdateParticipant(
        @NotBlank @Size(max = 200) String fullNameEn,
        @NotBlank @Size(max = 200) String fullNameAr,
        @NotBlank @Size(max = 254) @Email String email,
        @NotNull LeadershipLevel level,
        @Size(max = 200) String jobTitle) {

    /** {@code current} as this correction leaves it. */
    Participant appliedTo(Participant current) {
        return new Participant(
                current.id(),
                current.institutionCode(),
                fullNameEn,
                fullNameAr,
                email,
                level,
                jobTitle,
                current.registeredAt());
    }
}
