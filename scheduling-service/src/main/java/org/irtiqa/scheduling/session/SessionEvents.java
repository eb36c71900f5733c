package org.irtiqa.scheduling.session;

import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.SessionFormat;
import org.irtiqa.events.Theme;
import org.irtiqa.events.scheduling.SessionCancelled;
import org.irtiqa.events.scheduling.SessionCompleted;
import org.irtiqa.events.scheduling.SessionRescheduled;
import org.irtiqa.events.scheduling.SessionScheduled;

/** Maps sessions to their events at the messaging edge; the domain enums map by name. */
final class SessionEvents {

    private SessionEvents() {}

    static SessionScheduled scheduled(EventMetadata meta, Session s) {
        return SessionScheduled.newBuilder()
                .setMeta(meta)
                .setSessionId(s.id())
                .setCohortCode(s.cohortCode())
                .setTitleEn(s.titleEn())
                .setTitleAr(s.titleAr())
                .setFormat(SessionFormat.valueOf(s.format().name()))
                .setTheme(Theme.valueOf(s.theme().name()))
                .setStartsAt(s.startsAt())
                .setEndsAt(s.endsAt())
                .setVenue(s.venue())
                .setSpeakers(s.speakers())
                .setRevision(0)
                .build();
    }

    /** The session's current values after a reschedule, with its new revision. */
    static SessionRescheduled rescheduled(EventMetadata meta, Session s, long revision) {
        return SessionRescheduled.newBuilder()
                .setMeta(meta)
                .setSessionId(s.id())
                .setCohortCode(s.cohortCode())
                .setTitleEn(s.titleEn())
                .setTitleAr(s.titleAr())
                .setStartsAt(s.startsAt())
                .setEndsAt(s.endsAt())
                .setVenue(s.venue())
                .setSpeakers(s.speakers())
                .setRevision(revision)
                .build();
    }

    static SessionCancelled cancelled(EventMetadata meta, Session s, String reason) {
        return SessionCancelled.newBuilder()
                .setMeta(meta)
                .setSessionId(s.id())
                .setCohortCode(s.cohortCode())
                .setReason(reason)
                .build();
    }

    static SessionCompleted completed(EventMetadata meta, Session s) {
        return SessionCompleted.newBuilder()
                .setMeta(meta)
                .setSessionId(s.id())
                .setCohortCode(s.cohortCode())
                .setTheme(Theme.valueOf(s.theme().name()))
                .setFormat(SessionFormat.valueOf(s.format().name()))
                .setHeldAt(meta.getOccurredAt())
                .setAttendeeCount(s.attendeeCount())
                .build();
    }
}
