package org.convene.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalPresenceLedgerTest {

    private static final Instant START = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void shouldCountAPersonOnceWhateverNumberOfTabsTheyHaveOpen() {
        var ledger = new LocalPresenceLedger();
        ledger.arrive("laptop", "clinic-1", 7, true, START);
        ledger.arrive("phone", "clinic-1", 7, true, START);
        ledger.arrive("other", "clinic-1", 8, true, START);

        ledger.leave("laptop");

        assertThat(ledger.present("clinic-1", START)).containsExactly(7L, 8L);
        ledger.leave("phone");
        assertThat(ledger.present("clinic-1", START)).containsExactly(8L);
    }

    @Test
    void shouldLetAPageThatStoppedBeatingLapseAndKeepOneThatBeats() {
        var ledger = new LocalPresenceLedger();
        ledger.arrive("closed-laptop", "clinic-1", 7, true, START);
        ledger.arrive("beating", "clinic-1", 8, true, START);
        ledger.arrive("api-client", "clinic-1", 9, false, START);

        assertThat(ledger.beat("beating", START.plusSeconds(20))).isTrue();
        List<PresenceLedger.Lapsed> lapsed = ledger.sweep(START.plusSeconds(30).minus(TopicHub.LAPSED_AFTER));

        assertThat(lapsed).containsExactly(new PresenceLedger.Lapsed("closed-laptop", "clinic-1"));
        assertThat(ledger.present("clinic-1", START.plusSeconds(30))).containsExactly(8L, 9L);
        assertThat(ledger.beat("closed-laptop", START.plusSeconds(31))).isFalse();
        assertThat(ledger.takenOver(List.of("closed-laptop", "beating"))).isEmpty();
    }

    @Test
    void shouldLeaveWithinHalfAMinuteOfTheLastBeat() {
        var ledger = new LocalPresenceLedger();
        ledger.arrive("page", "clinic-1", 7, true, START);

        Instant sweptAt = START.plus(TopicHub.LAPSED_AFTER).plusSeconds(1);

        assertThat(TopicHub.LAPSED_AFTER).isLessThan(Duration.ofSeconds(30));
        assertThat(ledger.sweep(sweptAt.minus(TopicHub.LAPSED_AFTER))).hasSize(1);
    }
}
