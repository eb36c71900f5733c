package org.irtiqa.support.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.irtiqa.localstack.spring.LocalStackInitializer;
import org.irtiqa.support.events.EventIds;
import org.irtiqa.support.testapp.TestApp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest(
        classes = TestApp.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
            "irtiqa.test.database=processed_events_test",
            "test.topic=test.processed-events.v1",
            "irtiqa.outbox.relay.enabled=false"
        })
@ContextConfiguration(initializers = LocalStackInitializer.class)
@DirtiesContext
class ProcessedEventsTest {

    @Autowired
    ProcessedEvents processed;

    @Autowired
    TransactionTemplate tx;

    @Test
    void claimReturnsOnlyTheIdsNotSeenBefore() {
        UUID a = EventIds.next();
        UUID b = EventIds.next();
        UUID c = EventIds.next();

        Set<UUID> first = tx.execute(s -> processed.claim(List.of(a, b)));
        Set<UUID> second = tx.execute(s -> processed.claim(List.of(a, b, c, c)));

        assertThat(first).containsExactlyInAnyOrder(a, b);
        assertThat(second).containsExactly(c);
        Boolean again = tx.execute(s -> processed.claim(a));
        assertThat(again).isFalse();
        Set<UUID> none = tx.execute(s -> processed.claim(List.<UUID>of()));
        assertThat(none).isEmpty();
    }

    @Test
    void aRolledBackTransactionUnclaimsItsIds() {
        UUID id = EventIds.next();

        tx.executeWithoutResult(s -> {
            assertThat(processed.claim(id)).isTrue();
            s.setRollbackOnly(); // the effect failed: the event must be applied on redelivery
        });

        Boolean redelivered = tx.execute(s -> processed.claim(id));
        assertThat(redelivered).isTrue();
    }

    @Test
    void claimsAWholeBatchAndAnswersOnlyTheIdsNotClaimedBefore() {
        List<UUID> first =
                java.util.stream.Stream.generate(EventIds::next).limit(5_000).toList();
        List<UUID> later =
                java.util.stream.Stream.generate(EventIds::next).limit(100).toList();
        List<UUID> mixed = new java.util.ArrayList<>(first.subList(0, 200));
        mixed.addAll(later);
        mixed.addAll(later.subList(0, 10)); // a batch may carry one event twice

        Set<UUID> fresh = tx.execute(s -> processed.claim(first));
        Set<UUID> freshInMixed = tx.execute(s -> processed.claim(mixed));

        assertThat(fresh).containsExactlyInAnyOrderElementsOf(first);
        assertThat(freshInMixed).containsExactlyInAnyOrderElementsOf(later);
    }

    @Test
    void refusesToClaimOutsideATransaction() {
        assertThatThrownBy(() -> processed.claim(EventIds.next())).isInstanceOf(IllegalTransactionStateException.class);
    }
}
