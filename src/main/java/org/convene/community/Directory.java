package org.convene.community;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member directory: a reporting query over members, their units and expertise, written once
 * for H2 and PostgreSQL. A unit filter takes in its sub-units (a recursive query over the tree).
 */
@Component
class Directory {

    static final int DEFAULT_PAGE_SIZE = 20;
    static final int MAX_PAGE_SIZE = 100;

    private final JdbcClient jdbc;

    Directory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What to look for; every criterion is optional and they all apply together.
     *
     * @param q        part of a display name or job role, any case
     * @param tag      one expertise tag, exactly (after normalization)
     * @param unitId   a unit, with all units below it
     * @param regionId a top-level unit, with all units below it
     * @param page     1 for the first page
     */
    record Query(@Nullable String q, @Nullable String tag, @Nullable Long unitId, @Nullable Long regionId, int page,
            int size) {

        Query {
            q = q == null || q.isBlank() ? null : q.strip();
            tag = tag == null || tag.isBlank() ? null : MemberExpertise.normalize(tag);
            page = Math.max(1, page);
            size = size < 1 ? DEFAULT_PAGE_SIZE : Math.min(size, MAX_PAGE_SIZE);
        }

        static Query firstPage() {
            return new Query(null, null, null, null, 1, DEFAULT_PAGE_SIZE);
        }

        public boolean filtered() {
            return q != null || tag != null || unitId != null || regionId != null;
        }
    }

    /** One member in the results. */
    record Entry(long memberId, String displayName, @Nullable String jobRole, Role role, @Nullable Long unitId,
            @Nullable String unitName, List<String> expertise) {

        public String initials() {
            return Initials.of(displayName);
        }
    }

    /** One page of results and the total count across pages. */
    record Page(List<Entry> items, int page, int size, long total) {

        public int totalPages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return (long) page * size < total;
        }

        public long firstIndex() {
            return items.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        public long lastIndex() {
            return (long) (page - 1) * size + items.size();
        }
    }

    @Transactional(readOnly = true)
    Page search(long communityId, Query query) {
        var where = new StringBuilder("m.community_id = :communityId");
        var params = new LinkedHashMap<String, Object>();
        params.put("communityId", communityId);
        if (query.q() != null) {
            where.append(" and (lower(m.display_name) like :q escape '\\' or lower(coalesce(m.job_role, '')) like :q escape '\\')");
            params.put("q", "%" + escapeLike(query.q().toLowerCase(Locale.ROOT)) + "%");
        }
        if (query.tag() != null) {
            where.append(" and exists (select 1 from member_expertise e where e.member_id = m.id and e.tag = :tag)");
            params.put("tag", query.tag());
        }
        Set<Long> unitIds = null;
        if (query.unitId() != null) {
            unitIds = subtree(communityId, query.unitId());
        }
        if (query.regionId() != null) {
            var region = isTopLevel(communityId, query.regionId()) ? subtree(communityId, query.regionId()) : Set.<Long>of();
            if (unitIds == null) {
                unitIds = region;
            } else {
                unitIds.retainAll(region);
            }
        }
        if (unitIds != null) {
            if (unitIds.isEmpty()) {
                return new Page(List.of(), query.page(), query.size(), 0);
            }
            where.append(" and m.unit_id in (:unitIds)");
            params.put("unitIds", unitIds);
        }
        long total = jdbc.sql("select count(*) from member m where " + where)
                .params(params)
                .query(Long.class)
                .single();
        if (total == 0) {
            return new Page(List.of(), query.page(), query.size(), 0);
        }
        var rows = jdbc.sql("""
                        select m.id, m.display_name, m.job_role, m.role, m.unit_id, u.name as unit_name
                        from member m left join unit u on u.id = m.unit_id
                        where %s
                        order by lower(m.display_name), m.id
                        limit :limit offset :offset""".formatted(where))
                .params(params)
                .param("limit", query.size())
                .param("offset", (long) (query.page() - 1) * query.size())
                .query((rs, rowNum) -> new Row(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("job_role"), Role.valueOf(rs.getString("role")),
                        (Long) rs.getObject("unit_id", Long.class), rs.getString("unit_name")))
                .list();
        var tags = tagsOf(rows.stream().map(Row::id).toList());
        var items = rows.stream()
                .map(row -> new Entry(row.id(), row.displayName(), row.jobRole(), row.role(), row.unitId(),
                        row.unitName(), tags.getOrDefault(row.id(), List.of())))
                .toList();
        return new Page(items, query.page(), query.size(), total);
    }

    /** Every expertise tag used in the community, sorted, for the tag filter. */
    @Transactional(readOnly = true)
    List<String> knownTags(long communityId) {
        return jdbc.sql("""
                        select distinct e.tag from member_expertise e join member m on m.id = e.member_id
                        where m.community_id = :communityId order by e.tag""")
                .param("communityId", communityId)
                .query(String.class)
                .list();
    }

    /** The unit and every unit below it, within the community (empty when the unit is not the community's). */
    private Set<Long> subtree(long communityId, long unitId) {
        return new HashSet<>(jdbc.sql("""
                        with recursive subtree (id) as (
                            select id from unit where id = :unitId and community_id = :communityId
                            union all
                            select u.id from unit u join subtree s on u.parent_id = s.id
                        )
                        select id from subtree""")
                .param("unitId", unitId)
                .param("communityId", communityId)
                .query(Long.class)
                .list());
    }

    private boolean isTopLevel(long communityId, long unitId) {
        return jdbc.sql("select count(*) from unit where id = :unitId and community_id = :communityId and parent_id is null")
                .param("unitId", unitId)
                .param("communityId", communityId)
                .query(Long.class)
                .single() > 0;
    }

    private Map<Long, List<String>> tagsOf(List<Long> memberIds) {
        var tags = new LinkedHashMap<Long, List<String>>();
        if (memberIds.isEmpty()) {
            return tags;
        }
        jdbc.sql("select member_id, tag from member_expertise where member_id in (:ids) order by tag")
                .param("ids", memberIds)
                .query(rs -> {
                    tags.computeIfAbsent(rs.getLong("member_id"), id -> new ArrayList<>()).add(rs.getString("tag"));
                });
        return tags;
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    private record Row(long id, String displayName, @Nullable String jobRole, Role role, @Nullable Long unitId,
            @Nullable String unitName) {
    }
}
