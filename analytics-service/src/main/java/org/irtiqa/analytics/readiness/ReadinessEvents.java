package org.irtiqa.analytics.readiness;

import org.irtiqa.events.Governorate;
import org.irtiqa.events.analytics.InstitutionReadinessChanged;
import org.irtiqa.support.events.EventMetadataFactory;
import org.springframework.stereotype.Component;

/** Maps an institution's figures to the Avro event of analytics.readiness.v1 (Avro stays off the API). */
@Component
class ReadinessEvents {

    private final EventMetadataFactory metadata;

    ReadinessEvents(EventMetadataFactory metadata) {
        this.metadata = metadata;
    }

    InstitutionReadinessChanged changed(InstitutionReadiness institution) {
        Readiness f = institution.figures();
        return InstitutionReadinessChanged.newBuilder()
                .setMeta(metadata.next())
                .setInstitutionCode(institution.institutionCode())
                .setNameEn(institution.nameEn())
                .setNameAr(institution.nameAr())
                .setGovernorate(governorate(institution.governorate()))
                .setEnrolled(Math.toIntExact(f.enrolled()))
                .setCompleted(Math.toIntExact(f.completed()))
                .setWithdrawn(Math.toIntExact(f.withdrawn()))
                .setExpectedAttendance(f.expectedAttendance())
                .setAttended(f.attended())
                .setAttendanceRate(f.attendanceRate())
                .setProficiency(f.proficiency())
                .setGrowth(f.growth())
                .setCompletionRate(f.completionRate())
                .setLevelCoverage(f.levelCoverage())
                // 0.0 when nothing is enrolled: the field is not nullable (events.md), band says it
                .setReadinessIndex(f.readinessIndex() == null ? 0.0 : f.readinessIndex())
                .setBand(f.band().name())
                .setAtRisk(Math.toIntExact(f.atRisk()))
                .setThemeScores(f.themeScores())
                .setAsOf(f.lastEventAt())
                .build();
    }

    private static Governorate governorate(String name) {
        try {
            return Governorate.valueOf(name);
        } catch (IllegalArgumentException unknownToThisBuild) {
            return Governorate.UNKNOWN;
        }
    }
}
