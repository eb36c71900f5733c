package org.irtiqa.support.idempotency;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.irtiqa.support.web.BodySizeFilter;
import org.irtiqa.support.web.PayloadTooLargeException;
import org.irtiqa.support.web.ProblemResponses;
import org.irtiqa.support.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on every POST (api.md). The whole request runs in one transaction that
 * first takes an advisory lock on (caller's {@code sub}, method, path, key): a repeat while the first is running gets a
 * 409 at once. A 2xx response is stored in that same transaction, so the effect and the record of
 * it commit together — a repeat with the same body gets the stored response and causes nothing,
 * a repeat with another body gets a 409. Anything but a 2xx rolls back and is not kept, so a
 * retry after a 4xx is tried afresh.
 */
final class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final IdempotencyKeys keys;
    private final TransactionTemplate transactions;

    IdempotencyFilter(IdempotencyKeys keys, TransactionTemplate transactions) {
        this.keys = keys;
        this.transactions = transactions;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (key.isEmpty() || key.length() > 255) {
            ProblemResponses.write(
                    response,
                    Problems.of(
                            HttpStatus.BAD_REQUEST,
                            "invalid-idempotency-key",
                            "The Idempotency-Key header must be 1 to 255 characters"),
                    path);
            return;
        }
        CachedBodyRequest cached;
        try {
            cached = new CachedBodyRequest(request);
        } catch (PayloadTooLargeException e) {
            ProblemResponses.write(response, BodySizeFilter.problem(e.limit()), path);
            return;
        }
        byte[] hash = sha256(cached.body());
        String subject = subject();
        var recording = new ContentCachingResponseWrapper(response);
        Outcome outcome = transactions.execute(tx -> {
            if (!keys.tryLock(subject, "POST", path, key)) {
                return Outcome.IN_FLIGHT;
            }
            var stored = keys.find(subject, "POST", path, key);
            if (stored.isPresent()) {
                return Arrays.equals(stored.get().requestHash(), hash)
                        ? Outcome.replay(stored.get())
                        : Outcome.OTHER_BODY;
            }
            proceed(chain, cached, recording);
            if (HttpStatus.valueOf(recording.getStatus()).is2xxSuccessful()) {
                keys.save(
                        subject,
                        "POST",
                        path,
                        key,
                        new StoredResponse(
                                hash,
                                recording.getStatus(),
                                recording.getContentType(),
                                recording.getHeader("Location"),
                                recording.getContentAsByteArray()));
            } else {
                tx.setRollbackOnly();
            }
            return Outcome.PROCEEDED;
        });
        switch (outcome.kind()) {
            case PROCEEDED -> recording.copyBodyToResponse();
            case REPLAY -> replay(outcome.stored(), response);
            case IN_FLIGHT ->
                ProblemResponses.write(
                        response,
                        Problems.of(
                                HttpStatus.CONFLICT,
                                "idempotency-key-in-use",
                                "A request with this Idempotency-Key is still being processed"),
                        path);
            case OTHER_BODY ->
                ProblemResponses.write(
                        response,
                        Problems.of(
                                HttpStatus.CONFLICT,
                                "idempotency-key-reused",
                                "This Idempotency-Key was used with a different request body"),
                        path);
        }
    }

    /** Keys are the caller's own: another caller reusing one gets nothing of the first answer. */
    private static String subject() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }

    private static void proceed(FilterChain chain, CachedBodyRequest request, ContentCachingResponseWrapper response) {
        try {
            chain.doFilter(request, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ServletException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader("Location", stored.location());
        }
        response.setHeader(REPLAYED, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static byte[] sha256(byte[] body) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(body);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Outcome(Kind kind, StoredResponse stored) {
        enum Kind {
            PROCEEDED,
            REPLAY,
            IN_FLIGHT,
            OTHER_BODY
        }

        static final Outcome PROCEEDED = new Outcome(Kind.PROCEEDED, null);
        static final Outcome IN_FLIGHT = new Outcome(Kind.IN_FLIGHT, null);
        static final Outcome OTHER_BODY = new Outcome(Kind.OTHER_BODY, null);

        static Outcome replay(StoredResponse stored) {
            return new Outcome(Kind.REPLAY, stored);
        }
    }
}
