package org.irtiqa.demo;

import static org.irtiqa.demo.ProgrammeGenerator.MUSCAT;
import static org.irtiqa.demo.ProgrammeGenerator.PERIODS;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.irtiqa.demo.Programme.Outcome;
import org.irtiqa.demo.Programme.Session;

/** The cohort's sessions: two a week, every format and theme in turn, split into the four periods. */
final class SessionCalendar {

    private SessionCalendar() {}

    /** Adds the sessions to the programme, scheduled; returns them by period. */
    static List<List<Session>> byPeriod(ProgrammeDraft draft) {
        Programme programme = draft.programme();
        List<List<Session>> periods = new ArrayList<>();
        for (int i = 0; i < PERIODS; i++) {
            periods.add(new ArrayList<>());
        }
        int number = 0;
        for (int week = 0; week < draft.spec().weeks(); week++) {
            for (int day : new int[] {0, 2}) { // Sunday, Tuesday
                int format = number % Catalogue.FORMATS.size();
                int theme = number % Catalogue.THEMES.size();
                LocalDate date = draft.startsOn().plusDays(7L * week + day);
                LocalTime start = day == 0 ? LocalTime.of(9, 0) : LocalTime.of(10, 30);
                Instant startsAt = date.atTime(start).atZone(MUSCAT).toInstant();
                Catalogue.Name f = Catalogue.FORMAT_NAMES.get(format);
                Catalogue.Name t = Catalogue.THEME_NAMES.get(theme);
                List<String> speakers = new ArrayList<>(List.of(draft.pick(Catalogue.SPEAKERS)));
                if (draft.random().nextBoolean()) {
                    String second = draft.pick(Catalogue.SPEAKERS);
                    if (!speakers.contains(second)) {
                        speakers.add(second);
                    }
                }
                number++;
                var session = new Session(
                        programme.tag() + ":S" + number,
                        draft.cohortCode(),
                        f.en() + ": " + t.en(),
                        f.ar() + ": " + t.ar(),
                        Catalogue.FORMATS.get(format),
                        Catalogue.THEMES.get(theme),
                        startsAt,
                        startsAt.plusSeconds(3 * 3600),
                        draft.pick(Catalogue.VENUES),
                        List.copyOf(speakers),
                        Outcome.SCHEDULED);
                programme.put(session);
                periods.get(Math.min(PERIODS - 1, week * PERIODS / draft.spec().weeks()))
                        .add(session);
            }
        }
        return periods;
    }
}
