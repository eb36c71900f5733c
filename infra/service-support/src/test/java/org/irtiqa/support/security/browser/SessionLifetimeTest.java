package org.irtiqa.support.security.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/** The absolute limit of a session: however busy, it ends once it is older than the limit. */
class SessionLifetimeTest {

    private static final Duration LIMIT = Duration.ofHours(10);

    @Test
    void endsASessionOlderThanTheLimitAndLetsTheRequestGoOnWithout() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());

        MockFilterChain chain = run(session, created.plus(LIMIT).plusSeconds(1));

        assertThat(session.isInvalid()).isTrue();
        assertThat(chain.getRequest()).as("the request goes on").isNotNull();
    }

    @Test
    void keepsASessionWithinTheLimit() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant created = Instant.ofEpochMilli(session.getCreationTime());

        run(session, created.plus(LIMIT).minusSeconds(1));

        assertThat(session.isInvalid()).isFalse();
    }

    private static MockFilterChain run(MockHttpSession session, Instant now) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/readiness/programme");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();
        new SessionLifetime(LIMIT, Clock.fixed(now, ZoneOffset.UTC))
                .doFilter(request, new MockHttpServletResponse(), chain);
        return chain;
    }
}
