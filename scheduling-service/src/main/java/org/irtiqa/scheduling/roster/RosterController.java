package org.irtiqa.scheduling.roster;

import org.irtiqa.scheduling.system.Items;
import org.irtiqa.support.security.InstitutionScope;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class RosterController {

    private final Roster roster;
    private final InstitutionScope scope;

    RosterController(Roster roster, InstitutionScope scope) {
        this.roster = roster;
        this.scope = scope;
    }

    @GetMapping("/api/cohorts/{code}/roster")
    Items<RosterEntry> roster(@PathVariable String code, @RequestParam(required = false) String institutionCode) {
        return new Items<>(
                roster.members(code, scope.listFilter(institutionCode).orElse(null)));
    }
}
