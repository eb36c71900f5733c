package org.irtiqa.scheduling.system;

import java.util.List;
import java.util.Map;
import org.irtiqa.support.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The problems only scheduling raises, in the same shape as service-support's. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class SchedulingProblems {

    @ExceptionHandler(InvalidSessionException.class)
    ResponseEntity<ProblemDetail> invalidSession(InvalidSessionException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-session", e.getMessage());
        problem.setProperty("errors", List.of(Map.of("field", "sessionId", "message", e.getMessage())));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
