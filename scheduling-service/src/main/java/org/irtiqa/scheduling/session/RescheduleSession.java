package org.irtiqa.scheduling.session;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.irtiqa.scheduling.system.Text;

/**
 * The body of {@code PUT /api/sessions/{id}}: everything of a session but its cohort, format and
 * theme, which never change (cancel and schedule anew). The same limits as {@link ScheduleSession},
 * checked in the same pass, "endsAt after startsAt" included.
 */
public record RescheduleSession(
        @NotBlank @Size(max = 200) @Text String titleEn,
        @NotBlank @Size(max = 200) @Text String titleAr,
        @NotNull Instant startsAt,
        @JsonProperty("endsAt") @NotNull Instant endsAt,
        @Size(max = 200) @Text String venue,
        @Size(max = 20) List<@NotBlank @Size(max = 200) @Text String> speakers) {

    public RescheduleSession {
        startsAt = startsAt == null ? null : startsAt.truncatedTo(ChronoUnit.MILLIS);
        endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.MILLIS);
        speakers = speakers == null ? List.of() : speakers;
    }

    @JsonIgnore
    @AssertTrue(message = "must be after startsAt")
    public boolean isEndsAt() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }

    /** The session as this body would leave it. */
    Session applyTo(Session s) {
        return new Session(
                s.id(),
                s.cohortCode(),
                titleEn,
                titleAr,
                s.format(),
                s.theme(),
                startsAt,
                endsAt,
                venue,
                speakers,
                s.status(),
                s.attendeeCount());
    }
}
