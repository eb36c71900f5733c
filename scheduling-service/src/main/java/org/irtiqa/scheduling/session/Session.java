package org.irtiqa.scheduling.session;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A session of a cohort's calendar over {@code [startsAt, endsAt)}. {@code attendeeCount} is its
 * distinct attendees now, late ones included.
 */
public record Session(
        UUID id,
        String cohortCode,
        String titleEn,
        String titleAr,
        SessionFormat format,
        Theme theme,
        Instant startsAt,
        Instant endsAt,
        String venue,
        List<String> speakers,
        SessionStatus status,
        int attendeeCount) {

    public Session {
        speakers = List.copyOf(speakers);
    }
}
