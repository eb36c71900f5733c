package org.irtiqa.support.web;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error as RFC 9457 {@code application/problem+json} (api.md "Conventions"): invalid input
 * is a 400 with {@code errors}, never a 500, and a 500 never shows a stack trace or an exception
 * message. Ordered last, so that a service's own advice can still handle what it knows better.
 * A client that hung up before its answer was written gets nothing and logs no error
 * ({@link ClientAborts}).
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final WholeBodyProblems wholeBody;
    private final ClientAborts clientAborts;

    ProblemDetailsAdvice(WholeBodyProblems wholeBody, ClientAborts clientAborts) {
        this.wholeBody = wholeBody;
        this.clientAborts = clientAborts;
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(NotFoundException e) {
        return respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage()));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .header("WWW-Authenticate", "Bearer error=\"insufficient_scope\"")
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage()));
    }

    @ExceptionHandler(UnknownReferenceException.class)
    ResponseEntity<ProblemDetail> unknownReference(UnknownReferenceException e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference", e.getMessage());
        Problems.withErrors(problem, List.of(new FieldProblem(e.field(), e.getMessage())));
        return respond(problem);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e) {
        ProblemDetail problem = Problems.of(HttpStatus.CONFLICT, e.typeSlug(), e.getMessage());
        if (e.title() != null) {
            problem.setTitle(e.title());
        }
        return respond(problem);
    }

    @ExceptionHandler(InvalidRequestException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidRequestException e) {
        return respond(Problems.invalid(e.getMessage(), e.errors()));
    }

    /** A race the service's own checks lost (two requests creating the same code at once). */
    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<ProblemDetail> duplicate(DuplicateKeyException e) {
        log.info("Unique constraint violated: {}", e.getMostSpecificCause().getMessage());
        return respond(Problems.of(HttpStatus.CONFLICT, "conflict", "The request conflicts with existing data"));
    }

    @ExceptionHandler(DataAccessResourceFailureException.class)
    ResponseEntity<ProblemDetail> databaseDown(DataAccessResourceFailureException e) {
        log.error("Database unavailable", e);
        return respond(Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "The service is temporarily unavailable; try again shortly"));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e, WebRequest request) {
        if (clientAborts.handled(e, request)) {
            return null; // nobody to answer
        }
        PayloadTooLargeException tooLarge = BodySizeFilter.tooLarge(e);
        if (tooLarge != null) {
            return respond(BodySizeFilter.problem(tooLarge.limit()));
        }
        log.error("Unexpected error on {}", request.getDescription(false), e);
        return respond(Problems.of(
                HttpStatus.INTERNAL_SERVER_ERROR,
                "internal-error",
                "An unexpected error occurred; it has been logged"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLargeException tooLarge = BodySizeFilter.tooLarge(ex);
        if (tooLarge != null) {
            return asObject(respond(BodySizeFilter.problem(tooLarge.limit())));
        }
        Throwable cause = ex.getMostSpecificCause();
        List<FieldProblem> errors = JsonProblems.fieldErrors(ex.getCause());
        if (errors != null) {
            List<FieldProblem> all = wholeBody.of(BodyCapture.current());
            if (all != null && !all.isEmpty()) {
                errors = all;
            }
            return asObject(respond(Problems.invalid("The request body has invalid fields", errors)));
        }
        String detail = JsonProblems.isMalformed(ex.getCause()) || JsonProblems.isMalformed(cause)
                ? "The request body is not well-formed JSON"
                : "The request body is missing or unreadable";
        return asObject(respond(Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", detail)));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getBindingResult()
                .getFieldErrors()
                .forEach(f -> errors.add(new FieldProblem(
                        f.getField(), f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage())));
        ex.getBindingResult()
                .getGlobalErrors()
                .forEach(g -> errors.add(new FieldProblem(
                        g.getObjectName(), g.getDefaultMessage() == null ? "is invalid" : g.getDefaultMessage())));
        return asObject(respond(Problems.invalid("The request has invalid fields", errors)));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(
            HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldProblem> errors = new ArrayList<>();
        ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
                .forEach(error -> errors.add(new FieldProblem(
                        result.getMethodParameter().getParameterName(),
                        error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))));
        return asObject(respond(Problems.invalid("The request has invalid parameters", errors)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(
            MissingServletRequestParameterException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return asObject(respond(Problems.invalid(
                "A required parameter is missing", List.of(new FieldProblem(ex.getParameterName(), "is required")))));
    }

    /** An unknown path: a plain 404, without Spring's words about static resources. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(
            NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return asObject(respond(Problems.of(HttpStatus.NOT_FOUND, "not-found", "There is nothing at this address")));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            org.springframework.beans.TypeMismatchException ex,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        return asObject(respond(TypeMismatches.problem(ex)));
    }

    /** The JSON (or CSV) writer failed: most often because the client hung up mid-answer. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotWritable(
            HttpMessageNotWritableException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (clientAborts.handled(ex, request)) {
            return null;
        }
        return super.handleHttpMessageNotWritable(ex, headers, status, request);
    }

    @Override
    protected ResponseEntity<Object> handleAsyncRequestNotUsableException(
            AsyncRequestNotUsableException ex, WebRequest request) {
        clientAborts.handled(ex, request);
        return null;
    }

    /** Spring MVC's own problems (405, 415, 404 no handler...): our type URI, their status and detail. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception ex, Object body, HttpHeaders headers, HttpStatusCode statusCode, WebRequest request) {
        if (clientAborts.handled(ex, request)) {
            return null;
        }
        if (statusCode.is5xxServerError()) {
            log.error("Request failed: {}", request.getDescription(false), ex);
        }
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null
                && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null
                        || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(Problems.type(Problems.slugOf(statusCode)));
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus())
                .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ResponseEntity<Object> asObject(ResponseEntity<ProblemDetail> entity) {
        return (ResponseEntity) entity;
    }
}
