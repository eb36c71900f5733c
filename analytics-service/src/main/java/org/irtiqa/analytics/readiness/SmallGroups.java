package org.irtiqa.analytics.readiness;

import static org.irtiqa.analytics.readiness.ReadinessMethod.SMALL_GROUP_BELOW;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.irtiqa.support.security.Caller;

/**
 * readiness-metrics.md, "Small groups", for one caller: a programme admin sees everything; a
 * coordinator sees their own institution (and its cells) in full and everything else as a viewer
 * does, except that a group holding their institution is suppressed when the rest of it is small;
 * a viewer sees small groups suppressed (rule 1), means over few enrolments hidden (rule 2,
 * {@link Readiness}), and one more sibling suppressed wherever a single suppressed one could be
 * recovered by subtraction from its parent (rule 3, {@link #noSubtraction}).
 *
 * @param ownInstitution the institution a coordinator coordinates, else null
 */
record SmallGroups(boolean everything, String ownInstitution) {

    /** What analytics.readiness.v1 carries, and what a programme admin sees. */
    static final SmallGroups NONE = new SmallGroups(true, null);

    static SmallGroups of(Caller caller) {
        if (caller.isProgrammeAdmin()) {
            return NONE;
        }
        return new SmallGroups(false, caller.coordinatedInstitution().orElse(null));
    }

    /** 1 or 2: a figure over them is one or two people's result. */
    static boolean small(long enrolments) {
        return enrolments > 0 && enrolments < SMALL_GROUP_BELOW;
    }

    /** Whether a mean over this many enrolments may be shown (rule 2). */
    static boolean enough(long contributors) {
        return contributors >= SMALL_GROUP_BELOW;
    }

    /** atRisk as rule 2 shows it: null when it, or the enrolments not at risk, are 1 or 2. */
    static Long atRisk(long enrolled, long atRisk) {
        return small(atRisk) || small(enrolled - atRisk) ? null : atRisk;
    }

    boolean isOwn(String institution) {
        return ownInstitution != null && ownInstitution.equals(institution);
    }

    /**
     * The disclosure of each child of one parent, in the order that breaks ties (by code): as a
     * viewer sees them (rule 1, then rule 3 among them); then a coordinator's own institution in
     * full, and a child holding it suppressed when the rest of it is small (which, being decided
     * after rule 3, suppresses no sibling).
     *
     * @param own whether each child is the coordinator's own institution (or its part of a cohort)
     * @param ownParts the coordinator's own institution's part of each child (EMPTY if none)
     */
    List<Disclosure> disclose(List<Group> children, List<Boolean> own, List<Group> ownParts) {
        List<Disclosure> shown = new ArrayList<>();
        for (Group child : children) {
            shown.add(
                    everything
                            ? Disclosure.FULL
                            : small(child.enrolled()) ? Disclosure.SUPPRESSED : Disclosure.PROTECTED);
        }
        if (everything) {
            return shown;
        }
        noSubtraction(children.stream().map(Group::enrolled).toList(), shown);
        for (int i = 0; i < children.size(); i++) {
            long part = ownParts.get(i).enrolled();
            if (own.get(i)) {
                shown.set(i, Disclosure.FULL);
            } else if (part > 0 && small(children.get(i).enrolled() - part)) {
                shown.set(i, Disclosure.SUPPRESSED);
            }
        }
        return shown;
    }

    /** One group without siblings (the programme, a history's day). */
    Disclosure disclose(Group group, boolean own, Group ownPart) {
        return disclose(List.of(group), List.of(own), List.of(ownPart)).getFirst();
    }

    /** The disclosure of each level cell of a group shown with {@code disclosure}: rules 1 and 3 among the cells. */
    Map<String, Disclosure> levels(Group group, Disclosure disclosure) {
        Map<String, Disclosure> levels = new TreeMap<>();
        List<String> names = new ArrayList<>(group.levels().keySet()); // alphabetical: rule 3's ties
        List<Disclosure> shown = new ArrayList<>();
        List<Long> enrolled = new ArrayList<>();
        for (String level : names) {
            long cell = group.levels().get(level).enrolled();
            boolean protect = disclosure == Disclosure.PROTECTED;
            shown.add(
                    protect && small(cell) ? Disclosure.SUPPRESSED : protect ? Disclosure.PROTECTED : Disclosure.FULL);
            enrolled.add(cell);
        }
        noSubtraction(enrolled, shown);
        for (int i = 0; i < names.size(); i++) {
            levels.put(names.get(i), shown.get(i));
        }
        return levels;
    }

    /**
     * Rule 3 over the children of one parent, in the order that breaks ties (by code, or level
     * name): when exactly one child with enrolments is suppressed, the unsuppressed child with
     * enrolments and the fewest enrolled, the first of equals, is suppressed too. A child shown in
     * full (a coordinator's own institution) is never chosen.
     */
    static void noSubtraction(List<Long> enrolled, List<Disclosure> shown) {
        int suppressed = 0;
        int fewest = -1;
        for (int i = 0; i < shown.size(); i++) {
            if (enrolled.get(i) == 0) {
                continue;
            }
            if (shown.get(i) == Disclosure.SUPPRESSED) {
                suppressed++;
            } else if (shown.get(i) == Disclosure.PROTECTED && (fewest < 0 || enrolled.get(i) < enrolled.get(fewest))) {
                fewest = i;
            }
        }
        if (suppressed == 1 && fewest >= 0) {
            shown.set(fewest, Disclosure.SUPPRESSED);
        }
    }
}
