package org.irtiqa.demo.reference;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** An institution as its winning InstitutionRegistered or InstitutionUpdated states it; every event's time. */
public final class Institution {

    Order order;
    String nameEn;
    String governorate;
    final List<Instant> events = new ArrayList<>();

    public String nameEn() {
        return nameEn;
    }

    /** The governorate's enum name; {@code UNKNOWN} is in no governorate's figures. */
    public String governorate() {
        return governorate;
    }
}
