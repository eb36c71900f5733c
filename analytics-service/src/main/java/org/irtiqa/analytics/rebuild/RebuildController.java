package org.irtiqa.analytics.rebuild;

import org.irtiqa.support.apidocs.Refuses;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations: rebuild the analytics state from offset 0 of the input topics. The readiness API
 * keeps serving the last complete figures until the rebuilt state has caught up and is swapped in.
 */
@RestController
@RequestMapping("/api/admin/readiness/rebuild")
class RebuildController {

    private final Rebuilds rebuilds;

    RebuildController(Rebuilds rebuilds) {
        this.rebuilds = rebuilds;
    }

    /** 202: started; 409 while one is running, or while another instance consumes the intake's group. */
    @PostMapping
    @Refuses(
            conflict = "a rebuild is already running (rebuild-running), or another instance consumes the intake's"
                    + " consumer group (rebuild-group-not-empty)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    RebuildStatus rebuild() throws Exception {
        return rebuilds.start();
    }

    @GetMapping
    RebuildStatus status() {
        return rebuilds.status();
    }
}
