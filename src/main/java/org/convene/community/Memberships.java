package org.convene.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Memberships read straight from the member table. They are asked for on every request to a
 * community (who is calling, who is in the room), so they skip the member aggregate: loading
 * it also loads each member's expertise, one query per member, which nobody asking for a
 * membership needs.
 */
@Repository
class Memberships {

    private static final String COLUMNS = "id, community_id, account_id, role, unit_id, display_name, time_zone";

    private final JdbcClient jdbc;

    Memberships(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Membership> ofAccount(long communityId, long accountId) {
        return one(communityId, "account_id", accountId);
    }

    Optional<Membership> ofMember(long communityId, long memberId) {
        return one(communityId, "id", memberId);
    }

    private Optional<Membership> one(long communityId, String idColumn, long id) {
        return jdbc.sql("select " + COLUMNS + " from member where community_id = :community and " + idColumn + " = :id")
                .param("community", communityId)
                .param("id", id)
                .query(Memberships::membership)
                .optional();
    }

    List<Membership> all(long communityId) {
        return jdbc.sql("select " + COLUMNS + " from member where community_id = :community")
                .param("community", communityId)
                .query(Memberships::membership)
                .list();
    }

    private static Membership membership(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        return new Membership(rs.getLong("id"), rs.getLong("community_id"), rs.getLong("account_id"),
                Role.valueOf(rs.getString("role")), rs.wasNull() ? null : unit, rs.getString("display_name"),
                rs.getString("time_zone"));
    }
}
