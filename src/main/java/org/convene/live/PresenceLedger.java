package org.convene.live;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which streams are open on which topic, and for whom: on this node alone, or shared by every node
 * through PostgreSQL. A page's stream stays present while it beats; a client that does not beat
 * stays present while its node keeps its entry fresh.
 */
interface PresenceLedger {

    /** A stream opened; an entry with the same id (the page reconnecting) is replaced. */
    void arrive(String streamId, String topic, long personId, boolean beats, Instant now);

    void leave(String streamId);

    /** A page says it is still there; false when its stream is not (or no longer) known. */
    boolean beat(String streamId, Instant now);

    /** The people with at least one live stream on {@code topic}, on any node. */
    Set<Long> present(String topic, Instant now);

    /** Forgets the streams whose beats stopped before {@code lapsedBefore}, and says which they were. */
    List<Lapsed> sweep(Instant lapsedBefore);

    /** Keeps this node's streams that do not beat (API clients) fresh; they leave with their connection. */
    void refresh(Collection<String> streamIds, Instant now);

    /** Of this node's {@code streamIds}, those another node holds now (the page reconnected there). */
    Set<String> takenOver(Collection<String> streamIds);

    /** A stream that stopped beating, and the topic it was on. */
    record Lapsed(String streamId, String topic) {
    }
}
