package org.irtiqa.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.irtiqa.demo.Programme.Participant;
import org.irtiqa.demo.Programme.Step;

/**
 * An institution's leaders at the four levels, each with a reliability (how likely to attend a
 * session; top leaders are busier) and an ability (the centre of their assessment scores).
 */
final class Leaders {

    private final ProgrammeDraft draft;
    private final Random random;
    private final Programme programme;
    private final Map<String, Double> reliability = new LinkedHashMap<>();
    private final Map<String, Double> ability = new LinkedHashMap<>();
    private int count;

    Leaders(ProgrammeDraft draft) {
        this.draft = draft;
        this.random = draft.random();
        this.programme = draft.programme();
    }

    /** Adds the institution's leaders to the programme; returns their registrations. */
    List<Step> of(Programme.Institution institution) {
        List<Step> steps = new ArrayList<>();
        int[] counts = {
            random.nextDouble() < 0.85 ? 1 : 0,
            1,
            random.nextDouble() < 0.9 ? 1 + random.nextInt(2) : 0,
            2 + random.nextInt(2)
        };
        for (int level = 0; level < counts.length; level++) {
            for (int i = 0; i < counts[level]; i++) {
                steps.add(new Step.RegisterParticipant(leader(institution, level)));
            }
        }
        return steps;
    }

    /** How many leaders so far, of all institutions. */
    int count() {
        return count;
    }

    double reliability(String participantKey) {
        return reliability.get(participantKey);
    }

    double ability(String participantKey) {
        return ability.get(participantKey);
    }

    private Participant leader(Programme.Institution institution, int level) {
        int n = ++count;
        boolean woman = random.nextDouble() < 0.4;
        Catalogue.Name first = draft.pick(woman ? Catalogue.WOMEN : Catalogue.MEN);
        Catalogue.Name family = draft.pick(Catalogue.FAMILIES);
        String key = programme.tag() + ":P" + n;
        String email = (first.en() + "." + family.en().replace(" ", "") + "." + n).toLowerCase() + "@"
                + institution.code().toLowerCase() + ".gov.om";
        var participant = new Participant(
                key,
                institution.code(),
                first.en() + " " + family.en(),
                first.ar() + " " + family.ar(),
                email,
                Catalogue.LEVELS.get(level),
                draft.pick(Catalogue.TITLES.get(level)));
        programme.add(participant);
        double busy = level == 0 ? 0.2 : 0;
        reliability.put(key, 0.55 + random.nextDouble() * (0.43 - busy));
        ability.put(key, 50 + random.nextGaussian() * 10 + level * 2);
        return participant;
    }
}
