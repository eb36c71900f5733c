package org.irtiqa.demo.reference;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.irtiqa.demo.reference.ReferenceFigures.Figures;
import org.irtiqa.demo.reference.ReferenceInsight.Contributors;

/**
 * readiness-metrics.md "History": one entry per Asia/Muscat day from the day of the group's
 * earliest business instant to today (at most 400), each the figures over the facts before the end
 * of that day ({@link ReferenceState#asOf}); a business instant after now counts on today. Days on
 * which no business instant of the programme falls carry the day before forward.
 */
public final class ReferenceHistory {

    public static final ZoneId MUSCAT = ZoneId.of("Asia/Muscat");
    public static final int MAX_DAYS = 400;

    private final ReferenceState state;
    private final Instant now;
    private final LocalDate today;
    private final Set<LocalDate> changes = new TreeSet<>();
    private final Map<LocalDate, ReferenceState> snapshots = new HashMap<>();
    /** Per group (by its predicate) and day: the figures then, shared by the suppressed and the plain entry. */
    private final Map<Predicate<Enrolment>, Map<LocalDate, Then>> computed = new IdentityHashMap<>();

    private record Then(Figures figures, Contributors contributors) {}

    public ReferenceHistory(ReferenceState state, Instant now) {
        this.state = state;
        this.now = now;
        this.today = LocalDate.ofInstant(now, MUSCAT);
        instants(e -> true).forEach(at -> changes.add(day(at)));
    }

    /** The entries of the group of {@code member} (any status), with rules 1 and 2 when {@code protect}. */
    public List<Map<String, Object>> of(Predicate<Enrolment> member, boolean protect) {
        Instant earliest = instants(member).min(Instant::compareTo).orElse(null);
        List<Map<String, Object>> entries = new ArrayList<>();
        if (earliest == null) {
            return entries;
        }
        LocalDate first = day(earliest);
        if (first.isBefore(today.minusDays(MAX_DAYS - 1))) {
            first = today.minusDays(MAX_DAYS - 1);
        }
        Map<String, Object> last = null;
        for (LocalDate d = first; !d.isAfter(today); d = d.plusDays(1)) {
            if (last == null || changes.contains(d)) {
                last = entry(d, member, protect);
            }
            Map<String, Object> entry = new LinkedHashMap<>(last);
            entry.put("date", d);
            entries.add(entry);
        }
        return entries;
    }

    private Map<String, Object> entry(LocalDate d, Predicate<Enrolment> member, boolean protect) {
        Then then = computed.computeIfAbsent(member, m -> new HashMap<>()).computeIfAbsent(d, day -> {
            ReferenceState snapshot = snapshot(day);
            return new Then(
                    ReferenceFigures.of(snapshot, member, Set.of()),
                    new ReferenceInsight(snapshot).contributors(member));
        });
        Figures f = then.figures();
        Contributors c = then.contributors();
        boolean suppressed = protect && ReferenceSuppression.small(f.enrolled());
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("date", null);
        entry.put("enrolled", f.enrolled());
        entry.put("completed", f.completed());
        entry.put("withdrawn", f.withdrawn());
        entry.put("attendanceRate", suppressed ? null : f.attendanceRate());
        entry.put("proficiency", suppressed || (protect && c.anyLatest() < 3) ? null : f.proficiency());
        entry.put("growth", suppressed || (protect && c.pairs() < 3) ? null : f.growth());
        entry.put("completionRate", suppressed ? null : f.completionRate());
        entry.put("levelCoverage", suppressed ? null : f.levelCoverage());
        Double index = suppressed || f.enrolled() == 0 ? null : f.readinessIndex();
        entry.put("readinessIndex", index);
        entry.put("band", suppressed ? "SUPPRESSED" : ReferenceSuppression.band(index));
        entry.put("suppressed", suppressed);
        return entry;
    }

    /** The facts known before the end of d; today's entry holds every fact, future ones included. */
    private ReferenceState snapshot(LocalDate d) {
        return snapshots.computeIfAbsent(
                d,
                day -> state.asOf(
                        day.equals(today)
                                ? Instant.MAX
                                : day.plusDays(1).atStartOfDay(MUSCAT).toInstant()));
    }

    /**
     * The business instants of the group's facts: its enrolments' enrolledAt and final status, their
     * counted assessments' assessedAt, and the held sessions of the cohorts they are in.
     */
    private Stream<Instant> instants(Predicate<Enrolment> member) {
        List<Instant> instants = new ArrayList<>();
        Set<String> cohorts = new TreeSet<>();
        for (Map.Entry<String, Enrolment> entry : state.enrolments.entrySet()) {
            Enrolment e = entry.getValue();
            if (!member.test(e) || e.enrolledAt == null) {
                continue;
            }
            cohorts.add(e.cohort);
            instants.add(e.enrolledAt);
            if (e.finalAt != null) {
                instants.add(e.finalAt);
            }
            state.counted(entry.getKey()).forEach(a -> instants.add(a.assessedAt()));
        }
        state.sessions.values().forEach(s -> {
            if (s.held() && cohorts.contains(s.cohort)) {
                instants.add(s.time());
            }
        });
        return instants.stream().map(at -> at.isAfter(now) ? now : at);
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, MUSCAT);
    }
}
