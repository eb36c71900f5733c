package org.irtiqa.analytics.readiness;

/** The figures of one leadership level inside a group (its {@code levels} cell; no band). */
public record LevelReadiness(
        long enrolled, Double attendanceRate, Double proficiency, Double growth, Long atRisk, boolean suppressed) {

    static LevelReadiness of(Totals level, Disclosure disclosure) {
        return switch (disclosure) {
            case SUPPRESSED -> new LevelReadiness(level.enrolled(), null, null, null, null, true);
            case FULL ->
                new LevelReadiness(
                        level.enrolled(),
                        level.attendanceRate(),
                        level.proficiency(),
                        level.growth(),
                        level.atRisk(),
                        false);
            case PROTECTED ->
                new LevelReadiness(
                        level.enrolled(),
                        level.attendanceRate(),
                        SmallGroups.enough(level.scored()) ? level.proficiency() : null,
                        SmallGroups.enough(level.paired()) ? level.growth() : null,
                        SmallGroups.atRisk(level.enrolled(), level.atRisk()),
                        false);
        };
    }
}
