package org.convene.benchmarking;

import org.convene.community.Membership;
import org.convene.web.ConflictException;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accepting an introduction to a suggested learning partner in an anonymous round. */
@Service
class Introductions {

    private final IntroductionRepository introductions;
    private final RoundViews views;

    Introductions(IntroductionRepository introductions, RoundViews views) {
        this.introductions = introductions;
        this.views = views;
    }

    /**
     * Records that the viewer's unit accepts meeting the other unit; both names are revealed to
     * both sides once the other unit has accepted too.
     */
    @Transactional
    Introduction accept(BenchmarkRound round, Membership viewer, long ownUnit, String otherUnit) {
        if (round.visibility() != Visibility.ANONYMOUS) {
            throw new ConflictException("introduction.notAnonymous");
        }
        if (!views.ownUnits(round, viewer).contains(ownUnit)) {
            throw new ForbiddenException("introduction.notYourUnit");
        }
        return accept(round, viewer, ownUnit, resolve(round, viewer, otherUnit));
    }

    @Transactional
    Introduction accept(BenchmarkRound round, Membership viewer, long ownUnit, long otherUnit) {
        if (round.visibility() != Visibility.ANONYMOUS) {
            throw new ConflictException("introduction.notAnonymous");
        }
        if (!round.includes(ownUnit) || !round.includes(otherUnit)
                || !views.ownUnits(round, viewer).contains(ownUnit)) {
            throw new ForbiddenException("introduction.notYourUnit");
        }
        var introduction = introductions
                .findByRoundIdAndUnitAAndUnitB(round.id(), Math.min(ownUnit, otherUnit), Math.max(ownUnit, otherUnit))
                .orElseGet(() -> new Introduction(round.id(), ownUnit, otherUnit));
        introduction.acceptFor(ownUnit);
        return introductions.save(introduction);
    }

    /**
     * The round's unit the viewer calls {@code otherUnit}: its label, or its name where the viewer
     * may see it. Pages and the API name a partner this way, never by a unit id, because an id
     * can be looked up in the community's units and would give an anonymous unit away.
     */
    private long resolve(BenchmarkRound round, Membership viewer, String otherUnit) {
        var naming = views.naming(round, viewer);
        var wanted = otherUnit.strip();
        return round.units().stream()
                .filter(unit -> unit.label().equalsIgnoreCase(wanted)
                        || naming.nameOf(unit.unitId()).equalsIgnoreCase(wanted))
                .map(RoundUnit::unitId)
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("otherUnit", "introduction.unknownUnit"));
    }
}
