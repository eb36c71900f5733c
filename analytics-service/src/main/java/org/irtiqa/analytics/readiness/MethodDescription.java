package org.irtiqa.analytics.readiness;

import static org.irtiqa.analytics.readiness.ReadinessMethod.ADVANCED_FROM;
import static org.irtiqa.analytics.readiness.ReadinessMethod.ATTENDANCE_SESSIONS_AT_LEAST;
import static org.irtiqa.analytics.readiness.ReadinessMethod.ATTENDANCE_WEIGHT;
import static org.irtiqa.analytics.readiness.ReadinessMethod.BASELINE_SESSIONS_AT_LEAST;
import static org.irtiqa.analytics.readiness.ReadinessMethod.COMPLETION_WEIGHT;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LEVEL_COVERAGE_WEIGHT;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LOW_ATTENDANCE_DENOMINATOR;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LOW_ATTENDANCE_NUMERATOR;
import static org.irtiqa.analytics.readiness.ReadinessMethod.LOW_PROFICIENCY_BELOW;
import static org.irtiqa.analytics.readiness.ReadinessMethod.NEEDS_ATTENTION_FROM;
import static org.irtiqa.analytics.readiness.ReadinessMethod.ON_TRACK_FROM;
import static org.irtiqa.analytics.readiness.ReadinessMethod.PROFICIENCY_THEMES_AT_LEAST;
import static org.irtiqa.analytics.readiness.ReadinessMethod.PROFICIENCY_WEIGHT;
import static org.irtiqa.analytics.readiness.ReadinessMethod.RECENT_SESSIONS;
import static org.irtiqa.analytics.readiness.ReadinessMethod.SMALL_GROUP_BELOW;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/readiness/method}: how the figures are made, as numbers and in words (English
 * and Arabic), every number taken from {@link ReadinessMethod}, the constants the computation uses.
 */
record MethodDescription(
        Map<String, Double> weights,
        List<BandRule> bands,
        Suppression suppression,
        List<RiskRule> atRiskRules,
        Text index,
        Text history) {

    /** Bilingual text. */
    record Text(String en, String ar) {}

    /** A band and the lowest readinessIndex in it (null: below every other band, or no index). */
    record BandRule(Band band, Double from, Text text) {}

    record Suppression(int smallGroupBelow, Text text) {}

    record RiskRule(ParticipantProgress.RiskFlag flag, Map<String, Number> thresholds, Text text) {}

    static final MethodDescription CURRENT = new MethodDescription(
            Map.of(
                    "attendanceRate", ATTENDANCE_WEIGHT,
                    "proficiency", PROFICIENCY_WEIGHT,
                    "completionRate", COMPLETION_WEIGHT,
                    "levelCoverage", LEVEL_COVERAGE_WEIGHT),
            List.of(
                    new BandRule(
                            Band.ADVANCED,
                            ADVANCED_FROM,
                            new Text(
                                    "Advanced: index %s or more".formatted(n(ADVANCED_FROM)),
                                    "متقدم: المؤشر %s فأكثر".formatted(n(ADVANCED_FROM)))),
                    new BandRule(
                            Band.ON_TRACK,
                            ON_TRACK_FROM,
                            new Text(
                                    "On track: from %s to below %s".formatted(n(ON_TRACK_FROM), n(ADVANCED_FROM)),
                                    "على المسار: من %s إلى أقل من %s".formatted(n(ON_TRACK_FROM), n(ADVANCED_FROM)))),
                    new BandRule(
                            Band.NEEDS_ATTENTION,
                            NEEDS_ATTENTION_FROM,
                            new Text(
                                    "Needs attention: from %s to below %s"
                                            .formatted(n(NEEDS_ATTENTION_FROM), n(ON_TRACK_FROM)),
                                    "يحتاج إلى اهتمام: من %s إلى أقل من %s"
                                            .formatted(n(NEEDS_ATTENTION_FROM), n(ON_TRACK_FROM)))),
                    new BandRule(
                            Band.AT_RISK,
                            null,
                            new Text(
                                    "At risk: below %s".formatted(n(NEEDS_ATTENTION_FROM)),
                                    "معرّض للخطر: أقل من %s".formatted(n(NEEDS_ATTENTION_FROM)))),
                    new BandRule(
                            Band.NOT_STARTED,
                            null,
                            new Text(
                                    "Not started: nobody is enrolled yet, so there is no index",
                                    "لم يبدأ: لا يوجد مسجلون بعد، فلا مؤشر")),
                    new BandRule(
                            Band.SUPPRESSED,
                            null,
                            new Text(
                                    "Hidden: fewer than %d leaders, so the figures would show individuals"
                                            .formatted(SMALL_GROUP_BELOW),
                                    "محجوب: أقل من %d قياديين، فالأرقام تكشف أفرادًا".formatted(SMALL_GROUP_BELOW)))),
            new Suppression(
                    SMALL_GROUP_BELOW,
                    new Text(
                            ("A group of 1 to %1$d enrolled leaders shows only its counts; a mean over fewer than %2$d leaders is"
                                            + " not shown; where one hidden group could be worked out from its parent, one more"
                                            + " is hidden. Programme administrators, and coordinators for their own institution,"
                                            + " see everything. Day-to-day changes in a history are not protected beyond this.")
                                    .formatted(SMALL_GROUP_BELOW - 1, SMALL_GROUP_BELOW),
                            ("المجموعة التي تضم من 1 إلى %1$d من القياديين المسجلين لا تظهر منها إلا الأعداد؛ ولا يظهر متوسط يقوم على"
                                            + " أقل من %2$d قياديين؛ وحيث يمكن استنتاج مجموعة محجوبة من المجموعة الأم تُحجب مجموعة"
                                            + " أخرى. يرى مديرو البرنامج كل شيء، ويرى المنسقون كل ما يخص مؤسساتهم. ولا تُحمى الفروق"
                                            + " بين أيام السجل التاريخي بأكثر من ذلك.")
                                    .formatted(SMALL_GROUP_BELOW - 1, SMALL_GROUP_BELOW))),
            List.of(
                    new RiskRule(
                            ParticipantProgress.RiskFlag.LOW_ATTENDANCE,
                            Map.of(
                                    "sessionsAtLeast",
                                    ATTENDANCE_SESSIONS_AT_LEAST,
                                    "attendanceBelow",
                                    (double) LOW_ATTENDANCE_NUMERATOR / LOW_ATTENDANCE_DENOMINATOR),
                            new Text(
                                    "Attended less than %d%% of the sessions held since enrolling (once %d were held)"
                                            .formatted(percent(), ATTENDANCE_SESSIONS_AT_LEAST),
                                    "حضر أقل من %d%% من الجلسات المنعقدة منذ التسجيل (بعد انعقاد %d جلسات)"
                                            .formatted(percent(), ATTENDANCE_SESSIONS_AT_LEAST))),
                    new RiskRule(
                            ParticipantProgress.RiskFlag.MISSED_RECENT,
                            Map.of("sessionsAtLeast", ATTENDANCE_SESSIONS_AT_LEAST, "recentSessions", RECENT_SESSIONS),
                            new Text(
                                    "Attended none of the last %d sessions held since enrolling"
                                            .formatted(RECENT_SESSIONS),
                                    "لم يحضر أيًا من آخر %d جلسات منذ التسجيل".formatted(RECENT_SESSIONS))),
                    new RiskRule(
                            ParticipantProgress.RiskFlag.NO_BASELINE,
                            Map.of("sessionsAtLeast", BASELINE_SESSIONS_AT_LEAST),
                            new Text(
                                    "No baseline assessment in any theme after %d sessions"
                                            .formatted(BASELINE_SESSIONS_AT_LEAST),
                                    "لا يوجد تقييم قبلي في أي محور بعد %d جلسات"
                                            .formatted(BASELINE_SESSIONS_AT_LEAST))),
                    new RiskRule(
                            ParticipantProgress.RiskFlag.LOW_PROFICIENCY,
                            Map.of("themesAtLeast", PROFICIENCY_THEMES_AT_LEAST, "meanBelow", LOW_PROFICIENCY_BELOW),
                            new Text(
                                    "Mean latest score below %s over %d or more themes"
                                            .formatted(n(LOW_PROFICIENCY_BELOW), PROFICIENCY_THEMES_AT_LEAST),
                                    "متوسط آخر الدرجات أقل من %s في %d محاور أو أكثر"
                                            .formatted(n(LOW_PROFICIENCY_BELOW), PROFICIENCY_THEMES_AT_LEAST))),
                    new RiskRule(
                            ParticipantProgress.RiskFlag.DECLINING,
                            Map.of(),
                            new Text(
                                    "In some theme the latest score is below the baseline",
                                    "في أحد المحاور آخر درجة أقل من الدرجة القبلية"))),
            new Text(
                    ("Readiness index = 100 × (%s × attendance rate + %s × proficiency / 100 + %s × completion rate + %s ×"
                                    + " level coverage), each missing part counted as 0, rounded to one decimal.")
                            .formatted(
                                    n(ATTENDANCE_WEIGHT),
                                    n(PROFICIENCY_WEIGHT),
                                    n(COMPLETION_WEIGHT),
                                    n(LEVEL_COVERAGE_WEIGHT)),
                    ("مؤشر الجاهزية = 100 × (%s × نسبة الحضور + %s × الإتقان / 100 + %s × نسبة الإكمال + %s × تغطية"
                                    + " المستويات القيادية)، ويُحسب كل جزء غائب صفرًا، ويُقرّب إلى منزلة عشرية واحدة.")
                            .formatted(
                                    n(ATTENDANCE_WEIGHT),
                                    n(PROFICIENCY_WEIGHT),
                                    n(COMPLETION_WEIGHT),
                                    n(LEVEL_COVERAGE_WEIGHT))),
            new Text(
                    "A history shows, for each day (Asia/Muscat), the figures over what had happened by the end of that day,"
                            + " as it is known now: a fact recorded late changes the past days it belongs to.",
                    "يعرض السجل التاريخي لكل يوم (بتوقيت مسقط) الأرقام بحسب ما حدث حتى نهاية ذلك اليوم كما هو معروف الآن:"
                            + " الواقعة المسجلة متأخرة تغيّر الأيام الماضية التي تنتمي إليها."));

    private static String n(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static int percent() {
        return 100 * LOW_ATTENDANCE_NUMERATOR / LOW_ATTENDANCE_DENOMINATOR;
    }
}
