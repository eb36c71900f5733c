package org.irtiqa.scheduling.deadletter;

import java.util.UUID;
import org.irtiqa.scheduling.system.Items;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators' view of the records this service could not apply (api.md "Dead letters"). */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/dead-letters")
    Items<DeadLetter> list() {
        return new Items<>(deadLetters.all());
    }

    @PostMapping("/api/admin/dead-letters/{id}/replay")
    DeadLetter replay(@PathVariable UUID id) {
        return deadLetters.replay(id);
    }
}
