package org.irtiqa.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Random;

/**
 * What the parts of the {@link ProgrammeGenerator} share: the spec, the programme being built, its
 * one cohort, and the one seeded {@link Random}. The parts draw from it in a fixed order, which is
 * what makes the programme the same for the same seed.
 */
record ProgrammeDraft(ProgrammeGenerator.Spec spec, Random random, Programme programme, String cohortCode) {

    static ProgrammeDraft of(ProgrammeGenerator.Spec spec) {
        String tag = spec.codePrefix().isEmpty() ? "demo-" + spec.seed() : spec.codePrefix();
        return new ProgrammeDraft(spec, new Random(spec.seed()), new Programme(tag), code(spec, "C2026-1"));
    }

    /** {@code base} with the spec's code prefix, if any. */
    String code(String base) {
        return code(spec, base);
    }

    private static String code(ProgrammeGenerator.Spec spec, String base) {
        return spec.codePrefix().isEmpty() ? base : spec.codePrefix() + "-" + base;
    }

    LocalDate startsOn() {
        return spec.startsOn();
    }

    /** The cohort's last day: four months after its first. */
    LocalDate endsOn() {
        return spec.startsOn().plusMonths(4).minusDays(1);
    }

    /** An Asia/Muscat wall-clock time as an instant. */
    static Instant muscat(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute))
                .atZone(ProgrammeGenerator.MUSCAT)
                .toInstant();
    }

    /** True when something at {@code at} has already happened when the programme is loaded. */
    boolean past(Instant at) {
        return at.isBefore(spec.now());
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
