package org.irtiqa.analytics.readiness;

/**
 * What SQL adds up over a group's enrolments; {@link Readiness#of} turns it into figures.
 * {@code growthSum} is Σ (latest − baseline) over the group's {@code growthPairs} (e, k) pairs.
 */
record GroupSums(
        long enrolled,
        long completed,
        long withdrawn,
        int levels,
        long expectedAttendance,
        long attended,
        double growthSum,
        long growthPairs) {

    static final GroupSums NONE = new GroupSums(0, 0, 0, 0, 0, 0, 0, 0);

    GroupSums withGrowth(double sum, long pairs) {
        return new GroupSums(
                enrolled,
                completed,
                withdrawn,
                levels,
                expectedAttendance,
                attended,
                growthSum + sum,
                growthPairs + pairs);
    }
}
