package org.convene.community;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit tree of a community and who belongs where, for other modules (benchmarking, clinics). */
@Service
public class CommunityUnits {

    private final UnitRepository units;
    private final UnitService unitService;
    private final MemberRepository members;

    CommunityUnits(UnitRepository units, UnitService unitService, MemberRepository members) {
        this.units = units;
        this.unitService = unitService;
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
        return unitService.subtreeIds(communityId, unitId);
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
