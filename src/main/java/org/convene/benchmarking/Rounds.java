package org.convene.benchmarking;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;

import org.convene.community.CommunityUnits;
import org.convene.community.UnitSummary;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opening, listing and closing benchmarking rounds. */
@Service
class Rounds {

    private final RoundRepository rounds;
    private final PracticeModels models;
    private final CommunityUnits units;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Rounds(RoundRepository rounds, PracticeModels models, CommunityUnits units, Clock clock) {
        this.rounds = rounds;
        this.models = models;
        this.units = units;
        this.clock = clock;
    }

    @Transactional
    BenchmarkRound open(long communityId, RoundDraft draft) {
        models.get(communityId, draft.modelId());
        if (draft.closesOn().isBefore(draft.opensOn())) {
            throw new InvalidInputException("closesOn", "round.closesBeforeOpens");
        }
        var known = units.units(communityId).stream().map(UnitSummary::id).collect(java.util.stream.Collectors.toSet());
        var chosen = new HashSet<>(draft.unitIds());
        if (!known.containsAll(chosen)) {
            throw new InvalidInputException("unitIds", "round.unknownUnit");
        }
        if (chosen.size() < 2) {
            throw new InvalidInputException("unitIds", "round.tooFewUnits");
        }
        return rounds.save(new BenchmarkRound(communityId, draft.modelId(), draft.name().strip(), draft.opensOn(),
                draft.closesOn(), draft.visibility(), clock.instant(),
                BenchmarkRound.labelled(List.copyOf(chosen), random)));
    }

    @Transactional
    BenchmarkRound closeNow(long communityId, long roundId, int expectedVersion) {
        var round = get(communityId, roundId);
        round.closeEarly(today(), expectedVersion);
        return rounds.save(round);
    }

    @Transactional(readOnly = true)
    BenchmarkRound get(long communityId, long roundId) {
        return rounds.findById(roundId)
                .filter(round -> round.communityId() == communityId)
                .orElseThrow(() -> new NotFoundException("round"));
    }

    @Transactional(readOnly = true)
    BenchmarkRound get(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("round"));
    }

    @Transactional(readOnly = true)
    List<BenchmarkRound> list(long communityId) {
        return rounds.findByCommunityIdOrderByOpensOnDesc(communityId);
    }

    /** The rounds of the model's whole line, oldest first: the first is the baseline. */
    @Transactional(readOnly = true)
    List<BenchmarkRound> history(BenchmarkRound round) {
        var line = models.lineage(models.get(round.modelId())).stream().map(PracticeModel::id).toList();
        return rounds.findByModelIdInOrderByOpensOn(line).stream()
                .filter(other -> !other.opensOn().isAfter(round.opensOn()))
                .sorted(Comparator.comparing(BenchmarkRound::opensOn).thenComparing(BenchmarkRound::createdAt))
                .toList();
    }

    boolean isBaseline(BenchmarkRound round) {
        return history(round).get(0).id() == round.id();
    }

    RoundStatus status(BenchmarkRound round) {
        return round.status(today());
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
