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
 * The body of {@code POST /api/sessions}. Instants are truncated to milliseconds on the way in,
 * so the rule "endsAt after startsAt" is checked on the values that are stored and published.
 * That rule is the {@code isEndsAt} check, so that its error names the field {@code endsAt}; the
 * explicit {@code @JsonProperty} keeps Jackson from dropping the field along with the ignored check.
 */
public record ScheduleSession(
        @NotBlank @Text String cohortCode,
        @NotBlank @Size(max = 200) @Text String titleEn,
        @NotBlank @Size(max = 200) @Text String titleAr,
        @NotNull SessionFormat format,
        @NotNull Theme theme,
        @NotNull Instant startsAt,
        @JsonProperty("endsAt") @NotNull Instant endsAt,
        @Size(max = 200) @Text String venue,
        @Size(max = 20) List<@NotBlank @Size(max = 200) @Text String> speakers) {

    public ScheduleSession {
        startsAt = startsAt == null ? null : startsAt.truncatedTo(ChronoUnit.MILLIS);
        endsAt = endsAt == null ? null : endsAt.truncatedTo(ChronoUnit.MILLIS);
        speakers = speakers == null ? List.of() : speakers;
    }

    @JsonIgnore
    @AssertTrue(message = "must be after startsAt")
    public boolean isEndsAt() {
        return startsAt == null || endsAt == null || endsAt.isAfter(startsAt);
    }
}
