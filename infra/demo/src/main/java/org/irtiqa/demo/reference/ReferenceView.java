package org.irtiqa.demo.reference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.irtiqa.demo.reference.ReferenceInsight.Group;

/**
 * The readiness lists as one caller is served them: every group of "Groups" computed by
 * {@link ReferenceInsight}, suppressed by "Small groups" for that caller, as JSON maps in the
 * contract's order. Keys of groups: "programme", "institution:X", "governorate:G", "cohort:C",
 * "cohort:C/institution:X".
 */
public final class ReferenceView {

    /** PROGRAMME_ADMIN, VIEWER, or the coordinator of one institution. */
    public record Caller(boolean admin, String institution) {
        public static final Caller ADMIN = new Caller(true, null);
        public static final Caller VIEWER = new Caller(false, null);

        public static Caller coordinator(String institution) {
            return new Caller(false, institution);
        }

        /** Whether the small-group rules apply to a group of this institution (null: a group of many). */
        public boolean protects(String groupInstitution) {
            return !admin && (institution == null || !institution.equals(groupInstitution));
        }
    }

    public record Served(
            Map<String, Object> programme,
            List<Map<String, Object>> institutions,
            List<Map<String, Object>> governorates,
            List<Map<String, Object>> cohorts,
            Map<String, List<Map<String, Object>>> institutionsByCohort) {}

    /** A group: its members (any status), its institutions (lastEventAt), the one institution it is of. */
    public record Definition(Predicate<Enrolment> member, Set<String> institutions, String institution) {}

    private final ReferenceState state;
    private final ReferenceInsight insight;
    private final Caller caller;
    private final Map<String, Group> groups = new TreeMap<>();
    private final Map<String, String> ofInstitution = new TreeMap<>();
    private final Set<String> suppressed = new HashSet<>();

    private ReferenceView(ReferenceState state, Caller caller) {
        this.state = state;
        this.insight = new ReferenceInsight(state);
        this.caller = caller;
    }

    public static Served of(ReferenceState state, Caller caller) {
        return new ReferenceView(state, caller).serve();
    }

    /** Every listed group of the state, by key. */
    public static Map<String, Definition> definitions(ReferenceState state) {
        Map<String, Definition> all = new LinkedHashMap<>();
        all.put("programme", new Definition(e -> true, state.institutions.keySet(), null));
        state.institutions
                .keySet()
                .forEach(code -> all.put(
                        "institution:" + code, new Definition(e -> code.equals(e.institution), Set.of(code), code)));
        governorates(state)
                .forEach((governorate, codes) -> all.put(
                        "governorate:" + governorate, new Definition(e -> codes.contains(e.institution), codes, null)));
        for (String cohort : new TreeSet<>(state.cohorts.keySet())) {
            Set<String> codes = institutionsOf(state, cohort);
            all.put("cohort:" + cohort, new Definition(e -> cohort.equals(e.cohort), codes, null));
            codes.forEach(code -> all.put(
                    "cohort:" + cohort + "/institution:" + code,
                    new Definition(e -> cohort.equals(e.cohort) && code.equals(e.institution), Set.of(code), code)));
        }
        return all;
    }

    /** The listed governorates (UNKNOWN is none) and the known institutions in each. */
    public static Map<String, Set<String>> governorates(ReferenceState state) {
        Map<String, Set<String>> governorates = new TreeMap<>();
        state.institutions.forEach((code, i) -> {
            if (!"UNKNOWN".equals(i.governorate)) {
                governorates
                        .computeIfAbsent(i.governorate, g -> new TreeSet<>())
                        .add(code);
            }
        });
        return governorates;
    }

    /** The known institutions with an enrolment of any status in the cohort. */
    public static Set<String> institutionsOf(ReferenceState state, String cohort) {
        Set<String> codes = new TreeSet<>();
        state.enrolments.values().forEach(e -> {
            if (cohort.equals(e.cohort) && state.institutions.containsKey(e.institution)) {
                codes.add(e.institution);
            }
        });
        return codes;
    }

    private Served serve() {
        Map<String, Definition> definitions = definitions(state);
        definitions.forEach((key, d) -> {
            groups.put(key, insight.of(d.member(), d.institutions()));
            if (d.institution() != null) {
                ofInstitution.put(key, d.institution());
            }
            if (!caller.admin() && ReferenceSuppression.small(enrolled(key))) {
                suppressed.add(key); // rule 1, as a viewer sees it
            }
        });
        Map<String, Set<String>> governorates = governorates(state);
        Set<String> rule3 = new HashSet<>();
        rule3.addAll(noSubtraction(keys("governorate:", governorates.keySet())));
        rule3.addAll(noSubtraction(keys("cohort:", new TreeSet<>(state.cohorts.keySet()))));
        governorates.values().forEach(codes -> rule3.addAll(noSubtraction(keys("institution:", codes))));
        for (String cohort : state.cohorts.keySet()) {
            rule3.addAll(noSubtraction(keys("cohort:" + cohort + "/institution:", institutionsOf(state, cohort))));
        }
        suppressed.addAll(rule3);
        if (!caller.admin() && caller.institution() != null) {
            // A coordinator sees everything else as a viewer does (rule 3 included, decided on the
            // viewer's rule 1), their own institution (alone and within each cohort) unsuppressed,
            // and a parent holding it hidden when the rest of it is one or two.
            holdingOwnInstitution();
            suppressed.removeIf(key -> !protects(key));
        }

        Map<String, List<Map<String, Object>>> byCohort = new TreeMap<>();
        for (String cohort : new TreeSet<>(state.cohorts.keySet())) {
            byCohort.put(
                    cohort, list(keys("cohort:" + cohort + "/institution:", institutionsOf(state, cohort)), key -> {
                        Map<String, Object> json = json(key);
                        json.put("institutionCode", ofInstitution.get(key));
                        return json;
                    }));
        }
        return new Served(
                json("programme"),
                list(keys("institution:", state.institutions.keySet()), key -> {
                    Map<String, Object> json = json(key);
                    String code = ofInstitution.get(key);
                    json.put("institutionCode", code);
                    json.put("nameEn", state.institutions.get(code).nameEn);
                    json.put("governorate", state.institutions.get(code).governorate);
                    return json;
                }),
                list(keys("governorate:", governorates.keySet()), key -> {
                    Map<String, Object> json = json(key);
                    String governorate = key.substring("governorate:".length());
                    json.put("governorate", governorate);
                    json.put(
                            "institutions", (long) governorates.get(governorate).size());
                    return json;
                }),
                list(keys("cohort:", new TreeSet<>(state.cohorts.keySet())), key -> {
                    Map<String, Object> json = json(key);
                    String code = key.substring("cohort:".length());
                    ReferenceState.Cohort cohort = state.cohorts.get(code);
                    json.put("cohortCode", code);
                    json.put("nameEn", cohort.nameEn());
                    json.put("nameAr", cohort.nameAr());
                    json.put("startsOn", cohort.startsOn());
                    json.put("endsOn", cohort.endsOn());
                    json.put("institutions", activeInstitutions(code));
                    return json;
                }),
                byCohort);
    }

    /** For a coordinator: a parent that holds their institution is suppressed when the rest is one or two. */
    private void holdingOwnInstitution() {
        String own = caller.institution();
        long ownEnrolled = groups.containsKey("institution:" + own) ? enrolled("institution:" + own) : 0;
        if (ReferenceSuppression.small(enrolled("programme") - ownEnrolled)) {
            suppressed.add("programme");
        }
        Institution institution = state.institutions.get(own);
        if (institution != null && groups.containsKey("governorate:" + institution.governorate)) {
            String key = "governorate:" + institution.governorate;
            if (ReferenceSuppression.small(enrolled(key) - ownEnrolled)) {
                suppressed.add(key);
            }
        }
        for (String cohort : state.cohorts.keySet()) {
            String part = "cohort:" + cohort + "/institution:" + own;
            if (groups.containsKey(part) && ReferenceSuppression.small(enrolled("cohort:" + cohort) - enrolled(part))) {
                suppressed.add("cohort:" + cohort);
            }
        }
    }

    private Set<String> noSubtraction(List<String> children) {
        Map<String, Long> enrolled = new TreeMap<>();
        children.forEach(key -> enrolled.put(key, enrolled(key)));
        return ReferenceSuppression.noSubtraction(enrolled, suppressed, enrolled.keySet())
                .map(Set::of)
                .orElse(Set.of());
    }

    private Map<String, Object> json(String key) {
        boolean protect = protects(key);
        Group group = groups.get(key);
        return ReferenceSuppression.json(
                group, suppressed.contains(key), protect, ReferenceSuppression.suppressedCells(group, protect));
    }

    /** Ordered by readinessIndex as served, descending, nulls last, then by code. */
    private static List<Map<String, Object>> list(
            List<String> keys, java.util.function.Function<String, Map<String, Object>> json) {
        List<Map.Entry<String, Map<String, Object>>> rows = new ArrayList<>();
        keys.forEach(key -> rows.add(Map.entry(key, json.apply(key))));
        rows.sort(Comparator.comparing(
                        (Map.Entry<String, Map<String, Object>> r) ->
                                (Double) r.getValue().get("readinessIndex"),
                        Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Map.Entry::getKey));
        return rows.stream().map(Map.Entry::getValue).toList();
    }

    private long activeInstitutions(String cohort) {
        return state.enrolments.values().stream()
                .filter(e -> cohort.equals(e.cohort) && !e.status().equals("WITHDRAWN"))
                .filter(e -> state.institutions.containsKey(e.institution))
                .map(e -> e.institution)
                .distinct()
                .count();
    }

    private boolean protects(String key) {
        return caller.protects(ofInstitution.get(key));
    }

    private long enrolled(String key) {
        return groups.get(key).figures().enrolled();
    }

    private static List<String> keys(String prefix, Set<String> codes) {
        return new TreeSet<>(codes).stream().map(code -> prefix + code).toList();
    }
}
