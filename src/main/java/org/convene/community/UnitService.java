package org.convene.community;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.convene.web.ConflictException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The unit tree of a community: reading it, and the convener's changes to it. Callers check
 * access first ({@link CommunityAccess}); every method here works inside one community and
 * answers 404 for a unit of another.
 *
 * <p>Rules: a unit's type is one of the community's level names; its parent is a unit of the same
 * community and never the unit itself or one beneath it; siblings have different names; only an
 * empty unit (no sub-units, no members) can be deleted. Changes carry the version they were read
 * at and fail with {@link org.springframework.dao.OptimisticLockingFailureException} when someone
 * else saved in between. Structural changes of one community are serialised by locking its row,
 * so two concurrent moves cannot close a loop between them.
 */
@Service
class UnitService {

    private final UnitRepository units;
    private final CommunityRepository communities;
    private final JdbcClient jdbc;

    UnitService(UnitRepository units, CommunityRepository communities, JdbcClient jdbc) {
        this.units = units;
        this.communities = communities;
        this.jdbc = jdbc;
    }

    /** The whole tree with direct member counts, for the units page and select boxes. */
    @Transactional(readOnly = true)
    UnitTree tree(long communityId) {
        var counts = memberCounts(communityId);
        return UnitTree.of(units.findByCommunityIdOrderByName(communityId).stream()
                .map(unit -> UnitNode.of(unit, counts.getOrDefault(unit.id(), 0L)))
                .toList());
    }

    /**
     * The unit and every unit beneath it, for filters such as "members of this unit including
     * sub-units"; empty when the unit is not one of this community's.
     */
    @Transactional(readOnly = true)
    Set<Long> subtreeIds(long communityId, long unitId) {
        return tree(communityId).subtreeIds(unitId);
    }

    @Transactional(readOnly = true)
    Optional<UnitNode> find(long communityId, long unitId) {
        return units.findByIdAndCommunityId(unitId, communityId)
                .map(unit -> UnitNode.of(unit, memberCount(unit.id())));
    }

    @Transactional
    UnitNode create(long communityId, UnitDraft draft) {
        var community = lockCommunity(communityId);
        var tree = tree(communityId);
        var parentId = draft.parentId();
        if (parentId != null && !tree.contains(parentId)) {
            throw new InvalidInputException("parentId", "units.parent.unknown");
        }
        var name = requireName(draft.name());
        var type = requireType(community, draft.type(), null);
        if (tree.nameTaken(parentId, name, null)) {
            throw new InvalidInputException("name", "units.name.taken");
        }
        var saved = units.save(new Unit(communityId, parentId, name, type));
        return UnitNode.of(saved, 0);
    }

    /**
     * Renames and/or moves a unit read at {@code edit.version()}.
     *
     * @throws InvalidInputException for a blank name, a type not among the community's levels, a
     *         parent outside the community, a move under the unit itself or beneath it, or a name
     *         a sibling already has
     * @throws org.springframework.dao.OptimisticLockingFailureException when the unit changed since
     */
    @Transactional
    UnitNode edit(long communityId, long unitId, UnitEdit edit) {
        var community = lockCommunity(communityId);
        var unit = load(communityId, unitId);
        var tree = tree(communityId);
        var name = edit.name() == null ? unit.name() : requireName(edit.name());
        var type = edit.type() == null ? unit.type() : requireType(community, edit.type(), unit.type());
        var parentId = edit.move() ? edit.parentId() : unit.parentId();
        if (edit.move() && parentId != null) {
            if (!tree.contains(parentId)) {
                throw new InvalidInputException("parentId", "units.parent.unknown");
            }
            if (tree.wouldCreateCycle(unitId, parentId)) {
                throw new InvalidInputException("parentId", "units.parent.cycle");
            }
        }
        if (tree.nameTaken(parentId, name, unitId)) {
            throw edit.move() && edit.name() == null
                    ? new InvalidInputException("parentId", "units.parent.nameTaken")
                    : new InvalidInputException("name", "units.name.taken");
        }
        unit.expectVersion(edit.version());
        unit.rename(name, type);
        unit.moveUnder(parentId);
        var saved = units.save(unit);
        return UnitNode.of(saved, memberCount(saved.id()));
    }

    /**
     * Deletes an empty unit; with {@code expectedVersion}, only if nobody changed it since.
     *
     * @throws ConflictException when the unit still has sub-units or members
     */
    @Transactional
    void delete(long communityId, long unitId, @Nullable Integer expectedVersion) {
        lockCommunity(communityId);
        var unit = load(communityId, unitId);
        var tree = tree(communityId);
        var children = tree.children(unitId).size();
        if (children > 0) {
            throw new ConflictException("units.delete.hasSubunits", unit.name(), children);
        }
        var members = tree.find(unitId).map(UnitNode::memberCount).orElse(0L);
        if (members > 0) {
            throw new ConflictException("units.delete.hasMembers", unit.name(), members);
        }
        if (expectedVersion != null) {
            unit.expectVersion(expectedVersion);
        }
        try {
            units.delete(unit);
        } catch (DataIntegrityViolationException e) {
            // Someone placed a member in the unit while we looked: still not empty.
            throw new ConflictException("units.delete.notEmpty", unit.name());
        }
    }

    private Unit load(long communityId, long unitId) {
        return units.findByIdAndCommunityId(unitId, communityId).orElseThrow(() -> new NotFoundException("unit"));
    }

    private Community lockCommunity(long communityId) {
        jdbc.sql("select id from community where id = :id for update")
                .param("id", communityId)
                .query(Long.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("community"));
        return communities.findById(communityId).orElseThrow(() -> new NotFoundException("community"));
    }

    private static String requireName(String name) {
        var stripped = name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInputException("name", "units.name.required");
        }
        if (stripped.length() > UnitDraft.NAME_MAX) {
            throw new InvalidInputException("name", "units.name.tooLong");
        }
        return stripped;
    }

    /** The community's spelling of the type; a unit may keep a type the community no longer lists. */
    private static String requireType(Community community, String type, @Nullable String currentType) {
        var wanted = type.strip();
        if (currentType != null && currentType.equalsIgnoreCase(wanted)) {
            return currentType;
        }
        return community.unitTypes().stream()
                .filter(known -> known.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("type", "units.type.unknown"));
    }

    private Map<Long, Long> memberCounts(long communityId) {
        var counts = new HashMap<Long, Long>();
        jdbc.sql("""
                        select unit_id, count(*) as members from member
                        where community_id = :community and unit_id is not null
                        group by unit_id""")
                .param("community", communityId)
                .query((rs, row) -> Map.entry(rs.getLong("unit_id"), rs.getLong("members")))
                .list()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        return counts;
    }

    private long memberCount(long unitId) {
        return jdbc.sql("select count(*) from member where unit_id = :unit")
                .param("unit", unitId)
                .query(Long.class)
                .single();
    }

    /** The community's level names, top down, for type select boxes. */
    @Transactional(readOnly = true)
    List<String> types(long communityId) {
        return communities.findById(communityId).map(Community::unitTypes).orElse(List.of());
    }
}
