package org.irtiqa.schemas;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irtiqa.events.EventMetadata;
import org.irtiqa.events.Governorate;
import org.irtiqa.events.Sector;
import org.irtiqa.events.SessionFormat;
import org.irtiqa.events.Theme;
import org.irtiqa.events.analytics.InstitutionReadinessChanged;
import org.irtiqa.events.registration.CohortCreated;
import org.irtiqa.events.registration.InstitutionRegistered;
import org.irtiqa.events.scheduling.SessionScheduled;

/** Records with Arabic text, every logical type and a nullable field of each kind. */
public final class SampleEvents {

    private SampleEvents() {}

    public static EventMetadata meta(String correlationId) {
        return new EventMetadata(
                UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8057"),
                Instant.parse("2026-01-01T00:00:00.123Z"),
                "registration-service",
                correlationId,
                null);
    }

    /** Metadata of an event a request caused: {@code actor} is that request's audit entry id. */
    public static EventMetadata metaOf(UUID actor) {
        EventMetadata meta = meta("c1");
        meta.setActor(actor);
        return meta;
    }

    public static InstitutionRegistered institution() {
        return new InstitutionRegistered(
                meta("c1"), "MOH", "Ministry of Health", "وزارة الصحة", Governorate.DHOFAR, Sector.ACADEMIC, 3L);
    }

    public static CohortCreated cohort() {
        return new CohortCreated(
                meta(null),
                "C-2026-1",
                "Cohort one",
                "الدفعة الأولى",
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 6, 30),
                40,
                0L);
    }

    public static SessionScheduled session() {
        return new SessionScheduled(
                meta(null),
                UUID.fromString("01890a5d-ac96-774b-bcce-b302099a8058"),
                "C-2026-1",
                "AI in change",
                "الذكاء الاصطناعي في إدارة التغيير",
                SessionFormat.CASE_STUDY,
                Theme.AI_IN_CHANGE_MANAGEMENT,
                Instant.parse("2026-02-03T05:00:00Z"),
                Instant.parse("2026-02-03T07:00:00Z"),
                null,
                List.of("د. سالم", "Dr. Maryam"),
                0L);
    }

    public static InstitutionReadinessChanged readiness() {
        return new InstitutionReadinessChanged(
                meta(null),
                "MOH",
                "Ministry of Health",
                "وزارة الصحة",
                Governorate.MUSCAT,
                10,
                4,
                1,
                30L,
                27L,
                0.9,
                71.5,
                null,
                0.4,
                0.75,
                68.2,
                Map.of("DIGITAL_TRANSFORMATION", 71.5),
                Instant.parse("2026-03-01T10:00:00Z"),
                "NEEDS_ATTENTION",
                3);
    }
}
