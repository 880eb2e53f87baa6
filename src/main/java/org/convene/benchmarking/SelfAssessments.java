package org.convene.benchmarking;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.convene.community.CommunityUnits;
import org.convene.community.Membership;
import org.convene.web.ConflictException;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Units assess themselves: drafts, submission, and the rules that keep it a learning exercise. */
@Service
class SelfAssessments {

    private final AssessmentRepository assessments;
    private final Rounds rounds;
    private final PracticeModels models;
    private final CommunityUnits units;
    private final Clock clock;

    SelfAssessments(AssessmentRepository assessments, Rounds rounds, PracticeModels models, CommunityUnits units,
            Clock clock) {
        this.assessments = assessments;
        this.rounds = rounds;
        this.models = models;
        this.units = units;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Optional<UnitAssessment> find(long roundId, long unitId) {
        return assessments.findByRoundIdAndUnitId(roundId, unitId);
    }

    @Transactional(readOnly = true)
    List<UnitAssessment> all(long roundId) {
        return assessments.findByRoundId(roundId);
    }

    /** Members of the unit (or of a unit below it) fill it in; conveners may too. */
    boolean mayAssess(Membership membership, long unitId) {
        return membership.isConvener() || units.belongsTo(membership, unitId);
    }

    /**
     * @throws NotFoundException or {@link ForbiddenException}, as the round answers
     *         ({@link BenchmarkRound#assessmentRefusal}), when the person may not open the unit's assessment
     */
    void requireMayAssess(Membership membership, BenchmarkRound round, long unitId) {
        var refusal = round.assessmentRefusal(unitId, mayAssess(membership, unitId));
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    @Transactional
    UnitAssessment save(Membership membership, BenchmarkRound round, long unitId, AssessmentInput input) {
        requireMayAssess(membership, round, unitId);
        if (rounds.status(round) != RoundStatus.OPEN) {
            throw new ConflictException("assessment.roundNotOpen");
        }
        var model = models.get(round.modelId());
        var entries = entriesOf(model, input);
        if (input.submit()) {
            checkComplete(model, entries);
        }
        var now = clock.instant();
        var assessment = assessments.findByRoundIdAndUnitId(round.id(), unitId)
                .orElseGet(() -> new UnitAssessment(round.id(), unitId, membership.memberId(), now));
        if (assessment.id() != null && input.version() != null) {
            assessment.expectVersion(input.version());
        }
        assessment.record(entries, membership.memberId(), now);
        if (input.submit()) {
            assessment.submit(membership.memberId(), now);
        }
        return assessments.save(assessment);
    }

    private static Map<Long, AssessmentEntry> entriesOf(PracticeModel model, AssessmentInput input) {
        Set<Long> dimensionIds = model.dimensions().stream().map(ModelDimension::id).collect(Collectors.toSet());
        var entries = new LinkedHashMap<Long, AssessmentEntry>();
        for (var entry : input.entries()) {
            if (!dimensionIds.contains(entry.dimensionId())) {
                throw new InvalidInputException("entries", "assessment.unknownDimension");
            }
            if (entry.level() != null && (entry.level() < 1 || entry.level() > model.levelCount())) {
                throw new InvalidInputException("entries[" + entry.dimensionId() + "].level", "assessment.levelOutOfScale");
            }
            if (entry.metric() != null && !AssessmentEntry.acceptsMetric(entry.metric())) {
                throw new InvalidInputException("entries[" + entry.dimensionId() + "].metric", "assessment.metricOutOfRange");
            }
            var evidence = entry.evidence() == null || entry.evidence().isBlank() ? null : entry.evidence().strip();
            entries.put(entry.dimensionId(), new AssessmentEntry(entry.level(), evidence, entry.metric()));
        }
        return entries;
    }

    /** Submitting needs a level everywhere, and evidence wherever the unit claims the top level. */
    private static void checkComplete(PracticeModel model, Map<Long, AssessmentEntry> entries) {
        for (var dimension : model.dimensions()) {
            var dimensionId = dimension.id();
            var entry = entries.get(dimensionId);
            if (entry == null || entry.levelRank() == null) {
                throw new InvalidInputException("entries[" + dimensionId + "].level", "assessment.levelMissing");
            }
            if (entry.levelRank() == model.levelCount() && !entry.hasEvidence()) {
                throw new InvalidInputException("entries[" + dimensionId + "].evidence", "assessment.evidenceForTopLevel");
            }
        }
    }
}
