package org.convene.clinic.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongToIntFunction;

/**
 * The raised hands of a clinic, ordered as a progressive stack: whoever has taken the
 * fewest turns in this clinic speaks first, so quieter members are not drowned out by the
 * ones who always raise their hand first; among equals, the earliest hand goes first.
 * Immutable: raising and lowering return a new queue.
 *
 * @param hands in the order they were raised
 */
record SpeakingQueue(List<RaisedHand> hands) {

    SpeakingQueue {
        hands = List.copyOf(hands);
    }

    static SpeakingQueue empty() {
        return new SpeakingQueue(List.of());
    }

    boolean contains(long memberId) {
        return hands.stream().anyMatch(hand -> hand.memberId() == memberId);
    }

    /** The queue with this member's hand raised; unchanged if it already is (they keep their place). */
    SpeakingQueue raise(long memberId, Instant at) {
        if (contains(memberId)) {
            return this;
        }
        List<RaisedHand> raised = new ArrayList<>(hands);
        raised.add(new RaisedHand(memberId, at));
        return new SpeakingQueue(raised);
    }

    /** The queue without this member's hand; unchanged if it was not raised. */
    SpeakingQueue lower(long memberId) {
        return new SpeakingQueue(hands.stream().filter(hand -> hand.memberId() != memberId).toList());
    }

    /**
     * The hands in the order the facilitator should give the floor.
     *
     * @param turnsTaken how many turns (contributions posted, floors given) each member has
     *                   taken in this clinic
     */
    List<RaisedHand> inSpeakingOrder(LongToIntFunction turnsTaken) {
        // A stable sort: hands raised at the very same instant keep the order they arrived in.
        return hands.stream()
                .sorted(Comparator.comparingInt((RaisedHand hand) -> turnsTaken.applyAsInt(hand.memberId()))
                        .thenComparing(RaisedHand::raisedAt))
                .toList();
    }
}
