package org.irtiqa.support.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShardTest {

    @Test
    void theShardOfAKeyIsPinnedSoEveryJvmAgrees() {
        // murmur2 of the UTF-8 bytes; changing these values would reorder live outboxes
        assertThat(Outbox.shardOf("MOH", 16)).isEqualTo(10);
        assertThat(Outbox.shardOf("INST-1", 16)).isEqualTo(5);
        assertThat(Outbox.shardOf("وزارة", 16)).isEqualTo(15);
        assertThat(Outbox.shardOf("", 16)).isBetween(0, 15);
    }

    @Test
    void keysSpreadOverAllShards() {
        var seen = new java.util.HashSet<Integer>();
        for (int i = 0; i < 1000; i++) {
            seen.add(Outbox.shardOf("INST-" + i, 16));
        }
        assertThat(seen).hasSize(16);
    }
}
