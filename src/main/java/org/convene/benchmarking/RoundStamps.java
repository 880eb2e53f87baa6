package org.convene.benchmarking;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A fingerprint of everything a community's round reports are computed from: its rounds, their
 * self-assessments and their introductions. Any write changes a version or a count, so two equal
 * stamps mean an analysis or report computed under one is still right under the other.
 */
@Component
class RoundStamps {

    private final JdbcClient jdbc;

    RoundStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    String of(long communityId) {
        return jdbc.sql("""
                select (select count(*) || ':' || coalesce(sum(version), 0) from benchmark_round
                            where community_id = :community)
                    || '/' || (select count(*) || ':' || coalesce(sum(a.version), 0) from assessment a
                            join benchmark_round r on r.id = a.round_id where r.community_id = :community)
                    || '/' || (select count(*) || ':' || coalesce(sum(i.version), 0) from introduction i
                            join benchmark_round r on r.id = i.round_id where r.community_id = :community)
                """).param("community", communityId).query(String.class).single();
    }
}
