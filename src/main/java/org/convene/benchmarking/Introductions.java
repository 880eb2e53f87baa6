package org.convene.benchmarking;

import org.convene.community.Membership;
import org.convene.web.ConflictException;
import org.convene.web.ForbiddenException;
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
}
