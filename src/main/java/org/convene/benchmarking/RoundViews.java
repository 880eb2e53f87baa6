package org.convene.benchmarking;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.community.CommunityUnits;
import org.convene.community.Membership;
import org.convene.community.UnitSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Puts together what a viewer may see of a round: unit names or labels, and their own units. */
@Component
class RoundViews {

    private final CommunityUnits units;
    private final IntroductionRepository introductions;

    RoundViews(CommunityUnits units, IntroductionRepository introductions) {
        this.units = units;
        this.introductions = introductions;
    }

    @Transactional(readOnly = true)
    UnitNaming naming(BenchmarkRound round, Membership viewer) {
        var names = new HashMap<Long, String>();
        units.units(round.communityId()).forEach(unit -> names.put(unit.id(), unit.name()));
        var labels = new HashMap<Long, String>();
        round.units().forEach(unit -> labels.put(unit.unitId(), unit.label()));
        var own = ownUnits(round, viewer);
        return new UnitNaming(round.visibility(), names, labels, own, revealedTo(round, own));
    }

    /** The round's units the viewer belongs to (their unit, or a unit above it). */
    @Transactional(readOnly = true)
    Set<Long> ownUnits(BenchmarkRound round, Membership viewer) {
        var own = new HashSet<Long>();
        for (var unit : round.units()) {
            if (units.belongsTo(viewer, unit.unitId())) {
                own.add(unit.unitId());
            }
        }
        return own;
    }

    /** A unit's real name, whatever the visibility: for the convener's calibration talks only. */
    @Transactional(readOnly = true)
    String realName(BenchmarkRound round, long unitId) {
        return units.units(round.communityId()).stream().filter(unit -> unit.id() == unitId)
                .map(UnitSummary::name).findFirst().orElse(round.labelOf(unitId).orElse("?"));
    }

    List<UnitSummary> communityUnits(long communityId) {
        return units.units(communityId);
    }

    private Set<Long> revealedTo(BenchmarkRound round, Set<Long> own) {
        var revealed = new HashSet<Long>();
        for (var introduction : introductions.findByRoundId(round.id())) {
            if (introduction.bothAccepted()) {
                if (own.contains(introduction.unitA())) {
                    revealed.add(introduction.unitB());
                }
                if (own.contains(introduction.unitB())) {
                    revealed.add(introduction.unitA());
                }
            }
        }
        return revealed;
    }

    static Map<Long, String> labels(BenchmarkRound round) {
        var labels = new HashMap<Long, String>();
        round.units().forEach(unit -> labels.put(unit.unitId(), unit.label()));
        return labels;
    }
}
