package org.irtiqa.analytics.readiness;

import java.io.IOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open {@code GET /api/readiness/stream} connections of this instance. When institutions'
 * figures change ({@link ReadinessFeed}), each subscriber gets an {@code event: readiness} for every
 * institution whose figures as that subscriber sees them differ from what it was last sent
 * (suppression applied; a sibling whose suppression flipped counts too; nothing when only hidden
 * figures moved). Views are computed once per audience, not once per subscriber. A comment every
 * 15 s keeps idle connections open; a stream ends when its token expires.
 */
@Component
class ReadinessStream implements DisposableBean {

    private static final long KEEP_ALIVE_SECONDS = 15;

    private final ReadinessQueries queries;
    private final List<Subscriber> subscribers = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("readiness-stream-keep-alive").daemon().factory());

    /** One open stream: what its caller may see, until when, and what it was last sent per institution. */
    private static final class Subscriber {
        private final SseEmitter emitter;
        private final SmallGroups audience;
        private final Instant expiresAt;
        private final Map<String, String> sent;

        Subscriber(SseEmitter emitter, SmallGroups audience, Instant expiresAt, Map<String, String> sent) {
            this.emitter = emitter;
            this.audience = audience;
            this.expiresAt = expiresAt;
            this.sent = sent;
        }

        SseEmitter emitter() {
            return emitter;
        }

        SmallGroups audience() {
            return audience;
        }

        Instant expiresAt() {
            return expiresAt;
        }

        Map<String, String> sent() {
            return sent;
        }
    }

    ReadinessStream(ReadinessQueries queries) {
        this.queries = queries;
        keepAlive.scheduleWithFixedDelay(this::keepAlive, KEEP_ALIVE_SECONDS, KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
    }

    SseEmitter subscribe(SmallGroups audience, Instant expiresAt) {
        SseEmitter emitter = new SseEmitter(0L); // no timeout of its own: the token's expiry ends it
        Map<String, String> sent = new HashMap<>();
        view(audience).forEach((code, figures) -> sent.put(code, figures.toString()));
        Subscriber subscriber = new Subscriber(emitter, audience, expiresAt, sent);
        emitter.onCompletion(() -> subscribers.remove(subscriber));
        emitter.onError(e -> subscribers.remove(subscriber));
        subscribers.add(subscriber);
        return emitter;
    }

    /** Called by the feed with the institutions whose published figures changed. */
    void changed(Set<String> institutionCodes) {
        Map<SmallGroups, Map<String, InstitutionReadiness>> views = new HashMap<>();
        for (Subscriber subscriber : subscribers) {
            Map<String, InstitutionReadiness> view = views.computeIfAbsent(subscriber.audience(), this::view);
            synchronized (subscriber) {
                view.forEach((code, figures) -> {
                    String shown = figures.toString();
                    if (!shown.equals(subscriber.sent().get(code))) {
                        if (send(
                                subscriber,
                                SseEmitter.event().name("readiness").data(figures, MediaType.APPLICATION_JSON))) {
                            subscriber.sent().put(code, shown);
                        }
                    }
                });
            }
        }
    }

    private Map<String, InstitutionReadiness> view(SmallGroups audience) {
        Map<String, InstitutionReadiness> view = new HashMap<>();
        queries.institutions(audience, null).forEach(i -> view.put(i.institutionCode(), i));
        return view;
    }

    private void keepAlive() {
        Instant now = Instant.now();
        for (Subscriber subscriber : subscribers) {
            synchronized (subscriber) {
                if (subscriber.expiresAt() != null && !now.isBefore(subscriber.expiresAt())) {
                    subscribers.remove(subscriber);
                    subscriber.emitter().complete();
                } else {
                    send(subscriber, SseEmitter.event().comment("keep-alive"));
                }
            }
        }
    }

    private boolean send(Subscriber subscriber, SseEmitter.SseEventBuilder event) {
        try {
            subscriber.emitter().send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            subscribers.remove(subscriber); // the client went away
            return false;
        }
    }

    /**
     * Ends every stream as soon as the context begins to close: the web server's graceful shutdown
     * comes first and waits (up to 30 s) for open requests, which a stream never ends by itself, so
     * an instance with open dashboards took 30 s to stop. The browsers reconnect, to an instance
     * that is up.
     */
    @EventListener(ContextClosedEvent.class)
    void endStreams() {
        subscribers.forEach(s -> s.emitter().complete());
        subscribers.clear();
    }

    @Override
    public void destroy() {
        keepAlive.shutdownNow();
        subscribers.forEach(s -> s.emitter().complete());
    }
}
