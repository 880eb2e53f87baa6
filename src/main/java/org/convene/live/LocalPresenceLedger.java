package org.convene.live;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/** One node: presence is this node's open streams. */
final class LocalPresenceLedger implements PresenceLedger {

    private record Entry(String topic, long personId, boolean beats, Instant seenAt) {
    }

    private final Map<String, Entry> byStream = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> streamsByTopic = new ConcurrentHashMap<>();

    @Override
    public synchronized void arrive(String streamId, String topic, long personId, boolean beats, Instant now) {
        leave(streamId);
        byStream.put(streamId, new Entry(topic, personId, beats, now));
        streamsByTopic.computeIfAbsent(topic, key -> ConcurrentHashMap.newKeySet()).add(streamId);
    }

    @Override
    public synchronized void leave(String streamId) {
        Entry gone = byStream.remove(streamId);
        if (gone != null) {
            Set<String> streams = streamsByTopic.get(gone.topic());
            streams.remove(streamId);
            if (streams.isEmpty()) {
                streamsByTopic.remove(gone.topic());
            }
        }
    }

    @Override
    public boolean beat(String streamId, Instant now) {
        return byStream.computeIfPresent(streamId,
                (id, entry) -> new Entry(entry.topic(), entry.personId(), entry.beats(), now)) != null;
    }

    @Override
    public Set<Long> present(String topic, Instant now) {
        Set<Long> present = new TreeSet<>();
        for (String streamId : streamsByTopic.getOrDefault(topic, Set.of())) {
            Entry entry = byStream.get(streamId);
            if (entry != null) {
                present.add(entry.personId());
            }
        }
        return present;
    }

    @Override
    public synchronized List<Lapsed> sweep(Instant lapsedBefore) {
        List<Lapsed> lapsed = new ArrayList<>();
        byStream.forEach((streamId, entry) -> {
            if (entry.beats() && entry.seenAt().isBefore(lapsedBefore)) {
                lapsed.add(new Lapsed(streamId, entry.topic()));
            }
        });
        lapsed.forEach(gone -> leave(gone.streamId()));
        return lapsed;
    }

    @Override
    public void refresh(Collection<String> streamIds, Instant now) {
        // Entries of this node live exactly as long as their streams: nothing goes stale here.
    }

    @Override
    public Set<String> takenOver(Collection<String> streamIds) {
        // One node holds every stream there is.
        return Set.of();
    }
}
