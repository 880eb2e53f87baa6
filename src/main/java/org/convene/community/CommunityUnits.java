package org.convene.community;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit tree of a community and who belongs where, for other modules (benchmarking, clinics). */
@Service
public class CommunityUnits {

    private final UnitRepository units;
    private final MemberRepository members;

    CommunityUnits(UnitRepository units, MemberRepository members) {
        this.units = units;
        this.members = members;
    }

    @Transactional(readOnly = true)
    public List<UnitSummary> units(long communityId) {
        return units.findByCommunityIdOrderByName(communityId).stream()
                .map(unit -> new UnitSummary(unit.id(), unit.parentId(), unit.name(), unit.type()))
                .toList();
    }

    /** The unit and every unit below it; empty when the unit is not in the community. */
    @Transactional(readOnly = true)
    public Set<Long> subtree(long communityId, long unitId) {
        var children = new HashMap<Long, List<Long>>();
        var known = new LinkedHashSet<Long>();
        for (var unit : units.findByCommunityIdOrderByName(communityId)) {
            known.add(unit.id());
            if (unit.parentId() != null) {
                children.computeIfAbsent(unit.parentId(), key -> new java.util.ArrayList<>()).add(unit.id());
            }
        }
        if (!known.contains(unitId)) {
            return Set.of();
        }
        var subtree = new LinkedHashSet<Long>();
        var pending = new ArrayDeque<Long>(List.of(unitId));
        while (!pending.isEmpty()) {
            var next = pending.pop();
            if (subtree.add(next)) {
                pending.addAll(children.getOrDefault(next, List.of()));
            }
        }
        return subtree;
    }

    /** Whether the member belongs to the unit or to a unit below it. */
    @Transactional(readOnly = true)
    public boolean belongsTo(Membership membership, long unitId) {
        return membership.unitId() != null
                && subtree(membership.communityId(), unitId).contains(membership.unitId());
    }

    /** The members of each unit (directly in it), by unit id. */
    @Transactional(readOnly = true)
    public Map<Long, List<Long>> memberIdsByUnit(long communityId) {
        var byUnit = new HashMap<Long, List<Long>>();
        for (var member : members.findByCommunityId(communityId)) {
            if (member.unitId() != null) {
                byUnit.computeIfAbsent(member.unitId(), key -> new java.util.ArrayList<>()).add(member.id());
            }
        }
        return byUnit;
    }
}
