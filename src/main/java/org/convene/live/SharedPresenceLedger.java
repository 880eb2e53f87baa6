package org.convene.live;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Several nodes: presence is the union of every node's streams, kept in PostgreSQL. A page's
 * heartbeat may reach any node; the node holding a stream that does not beat keeps its row fresh,
 * so when a node dies its rows lapse and the other nodes sweep them.
 */
final class SharedPresenceLedger implements PresenceLedger {

    private final JdbcClient jdbc;
    private final String node = UUID.randomUUID().toString();

    SharedPresenceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void arrive(String streamId, String topic, long personId, boolean beats, Instant now) {
        jdbc.sql("""
                insert into live_presence (stream_id, topic, person_id, node, beats, seen_at) values (?, ?, ?, ?, ?, ?)
                on conflict (stream_id) do update set topic = excluded.topic, person_id = excluded.person_id,
                    node = excluded.node, beats = excluded.beats, seen_at = excluded.seen_at""")
                .params(streamId, topic, personId, node, beats, Timestamp.from(now)).update();
    }

    @Override
    public void leave(String streamId) {
        jdbc.sql("delete from live_presence where stream_id = ? and node = ?").params(streamId, node).update();
    }

    @Override
    public boolean beat(String streamId, Instant now) {
        return jdbc.sql("update live_presence set seen_at = ? where stream_id = ?")
                .params(Timestamp.from(now), streamId).update() > 0;
    }

    @Override
    public Set<Long> present(String topic, Instant now) {
        return new TreeSet<>(jdbc.sql("select distinct person_id from live_presence where topic = ?")
                .param(topic).query(Long.class).list());
    }

    @Override
    public List<Lapsed> sweep(Instant lapsedBefore) {
        return jdbc.sql("delete from live_presence where seen_at < ? returning stream_id, topic")
                .param(Timestamp.from(lapsedBefore))
                .query((row, number) -> new Lapsed(row.getString("stream_id"), row.getString("topic"))).list();
    }

    @Override
    public void refresh(Collection<String> streamIds, Instant now) {
        jdbc.sql("update live_presence set seen_at = ? where node = ? and beats = false")
                .params(Timestamp.from(now), node).update();
    }

    @Override
    public Set<String> takenOver(Collection<String> streamIds) {
        if (streamIds.isEmpty()) {
            return Set.of();
        }
        var mine = new HashSet<>(streamIds);
        var elsewhere = new HashSet<String>();
        jdbc.sql("select stream_id from live_presence where node <> ?").param(node).query(String.class).list()
                .forEach(streamId -> {
                    if (mine.contains(streamId)) {
                        elsewhere.add(streamId);
                    }
                });
        return elsewhere;
    }
}
