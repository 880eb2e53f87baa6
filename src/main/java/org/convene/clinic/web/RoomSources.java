package org.convene.clinic.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.convene.clinic.cases.CaseStore;
import org.convene.clinic.cases.StoredCase;
import org.convene.community.Communities;
import org.convene.community.Membership;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a room shows besides the clinic itself, kept so that a room page or a pushed fragment does
 * not reload it: the case as stored under its current version (one small query checks the version),
 * and the names of a community's members (reloaded when someone new appears, and every minute for
 * renames).
 */
@Component
class RoomSources {

    private static final Duration NAMES_KEPT = Duration.ofMinutes(1);

    private final CaseStore cases;
    private final Communities communities;
    private final JdbcClient jdbc;
    private final Cache<Long, StoredCase> casesById = Caffeine.newBuilder().maximumSize(2_000).build();
    private final Cache<Long, Map<Long, String>> namesByCommunity = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(NAMES_KEPT).build();

    RoomSources(CaseStore cases, Communities communities, JdbcClient jdbc) {
        this.cases = cases;
        this.communities = communities;
        this.jdbc = jdbc;
    }

    /** The case as stored now. */
    StoredCase caseOf(long caseId) {
        Optional<Integer> version = jdbc.sql("select version from clinic_case where id = :id").param("id", caseId)
                .query(Integer.class).optional();
        StoredCase known = casesById.getIfPresent(caseId);
        if (known != null && version.isPresent() && known.version() == version.get()) {
            return known;
        }
        StoredCase loaded = cases.find(caseId).orElseThrow();
        casesById.put(caseId, loaded);
        return loaded;
    }

    /** Someone in the room by name; "—" for a member who left the community. */
    RoomView.Person person(long communityId, long memberId) {
        return new RoomView.Person(memberId, names(communityId, memberId).get(memberId));
    }

    private Map<Long, String> names(long communityId, long wanted) {
        Map<Long, String> names = namesByCommunity.getIfPresent(communityId);
        if (names == null || !names.containsKey(wanted)) {
            names = new HashMap<>();
            for (Membership member : communities.members(communityId)) {
                names.put(member.memberId(), member.displayName());
            }
            names.putIfAbsent(wanted, "—");
            namesByCommunity.put(communityId, Map.copyOf(names));
        }
        return names;
    }
}
