package org.irtiqa.system;

import java.util.ArrayList;
import java.util.List;
import org.irtiqa.demo.Figures;
import org.irtiqa.demo.Programme;

/**
 * Everything the tests of this JVM wrote to the shared platform, as programmes. Governorate and
 * programme figures are over every enrolment ever written, so the expected figures are computed
 * over the union of all of them: every test records what it wrote here.
 */
final class Ledger {

    private static final List<Programme> WRITTEN = new ArrayList<>();

    private Ledger() {}

    static synchronized void record(Programme programme) {
        WRITTEN.add(programme);
    }

    static synchronized Figures expected() {
        return Figures.of(List.copyOf(WRITTEN));
    }
}
