package org.irtiqa.support.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.irtiqa.support.events.Actors;
import org.irtiqa.support.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Records every authenticated write with its final status (security.md "Audit trail"). The write
 * runs in one transaction that this filter opens and that everything after it joins (propagation
 * REQUIRED): the Idempotency-Key filter, the services' {@code @Transactional} methods, the outbox.
 * A 2xx writes its row in that transaction, so the effect, its events and its audit row commit
 * together; anything else rolls the effect back and writes its row in a transaction of its own.
 * The response is held until then, so a client never hears of a success that did not commit. The
 * entry id is made up front and is the {@code meta.actor} of the events the write causes.
 *
 * <p>A 403 (reads too) is merged per (sub, method, path template, minute) instead ({@link
 * Refusals}). Paths in {@code ownTransactionPaths} (by default the operators' {@code /api/admin/**}:
 * a rebuild or a replay drives consumers and Kafka and commits step by step) run as they are, and
 * their row is written on its own once their status is known.
 */
final class AuditFilter extends OncePerRequestFilter {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final AuditTrail trail;
    private final AuditedRequests requests;
    private final Refusals refusals;
    private final TransactionTemplate shared;
    private final TransactionTemplate alone;
    private final List<PathPattern> ownTransactionPaths;

    AuditFilter(
            AuditTrail trail,
            AuditedRequests requests,
            Refusals refusals,
            TransactionTemplate transactions,
            List<PathPattern> ownTransactionPaths) {
        this.trail = trail;
        this.requests = requests;
        this.refusals = refusals;
        this.shared = new TransactionTemplate(transactions.getTransactionManager());
        this.shared.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRED);
        this.alone = new TransactionTemplate(transactions.getTransactionManager());
        this.alone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.ownTransactionPaths = List.copyOf(ownTransactionPaths);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Caller caller = AuditedRequests.caller();
        if (caller == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!WRITES.contains(request.getMethod())) {
            chain.doFilter(request, response);
            if (response.getStatus() == HttpStatus.FORBIDDEN.value()) {
                refusals.refused(requests.start(request, caller), AuditedRequests.template(request));
            }
            return;
        }
        AuditRecord started = requests.start(request, caller);
        var recording = new ContentCachingResponseWrapper(response);
        AuditRecord ended;
        try (Actors.Scope ignored = Actors.open(started.id())) {
            ended = ownTransaction(request)
                    ? run(chain, request, recording, started)
                    : shared(chain, request, recording, started);
        } catch (ChainFailure e) {
            recordAlone(failed(started, request), e.getCause());
            e.rethrow();
            return;
        } catch (RuntimeException | Error e) {
            // the chain or the commit failed: the effect is gone, the container answers 500
            recordAlone(failed(started, request), e);
            throw e;
        }
        if (ended != null) {
            if (ended.status() == HttpStatus.FORBIDDEN.value()) {
                refusals.refused(started, ended.path());
            } else {
                alone.executeWithoutResult(tx -> trail.record(ended));
            }
        }
        recording.copyBodyToResponse();
    }

    /** Runs the write in the shared transaction; returns the record still to write, or null if it committed. */
    private AuditRecord shared(
            FilterChain chain,
            HttpServletRequest request,
            ContentCachingResponseWrapper response,
            AuditRecord started) {
        return shared.execute(tx -> {
            AuditRecord ended = run(chain, request, response, started);
            if (ended.status() / 100 == 2 && !tx.isRollbackOnly()) {
                trail.record(ended);
                return null;
            }
            tx.setRollbackOnly();
            return ended;
        });
    }

    private static AuditRecord run(
            FilterChain chain,
            HttpServletRequest request,
            ContentCachingResponseWrapper response,
            AuditRecord started) {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException e) {
            throw new ChainFailure(e);
        }
        return AuditedRequests.finish(started, request, response.getStatus(), response.getHeader("Location"));
    }

    private static AuditRecord failed(AuditRecord started, HttpServletRequest request) {
        return AuditedRequests.finish(started, request, HttpStatus.INTERNAL_SERVER_ERROR.value(), null);
    }

    private void recordAlone(AuditRecord failed, Throwable cause) {
        try {
            alone.executeWithoutResult(tx -> trail.record(failed));
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    private boolean ownTransaction(HttpServletRequest request) {
        PathContainer path = PathContainer.parsePath(AuditedRequests.path(request));
        return ownTransactionPaths.stream().anyMatch(pattern -> pattern.matches(path));
    }
}
