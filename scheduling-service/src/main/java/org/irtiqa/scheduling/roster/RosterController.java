package org.irtiqa.scheduling.roster;

import org.irtiqa.scheduling.system.Items;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RosterController {

    private final Roster roster;

    RosterController(Roster roster) {
        this.roster = roster;
    }

    @GetMapping("/api/cohorts/{code}/roster")
    Items<RosterEntry> roster(@PathVariable String code) {
        return new Items<>(roster.members(code));
    }
}
