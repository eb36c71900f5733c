package org.irtiqa.support.deadletter;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/admin/dead-letters} on every consuming service: list them, replay one. */
@RestController
@RequestMapping("/api/admin/dead-letters")
class DeadLetterController {

    record DeadLetters(List<DeadLetter> items) {}

    private final DeadLetterStore store;
    private final DeadLetterReplay replay;

    DeadLetterController(DeadLetterStore store, DeadLetterReplay replay) {
        this.store = store;
        this.replay = replay;
    }

    @GetMapping
    DeadLetters list() {
        return new DeadLetters(store.list());
    }

    @PostMapping("/{id}/replay")
    DeadLetter replay(@PathVariable UUID id) {
        return replay.replay(id);
    }
}
