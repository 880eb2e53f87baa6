package org.convene.benchmarking;

import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.convene.community.CommunityUnits;
import org.convene.community.Membership;
import org.convene.web.ConflictException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** CSV in and out of a round, respecting who may see which unit. */
@Service
class AssessmentTransfer {

    private final AssessmentRepository assessments;
    private final PracticeModels models;
    private final Rounds rounds;
    private final RoundViews views;
    private final CommunityUnits units;
    private final Clock clock;

    AssessmentTransfer(AssessmentRepository assessments, PracticeModels models, Rounds rounds, RoundViews views,
            CommunityUnits units, Clock clock) {
        this.assessments = assessments;
        this.models = models;
        this.rounds = rounds;
        this.views = views;
        this.units = units;
        this.clock = clock;
    }

    /** Every line the viewer may see ({@link #mayExport}), units named as the viewer may name them, in label order. */
    @Transactional(readOnly = true)
    void export(BenchmarkRound round, Membership viewer, Writer writer) {
        var naming = views.naming(round, viewer);
        var model = models.get(round.modelId());
        var byUnit = new HashMap<Long, UnitAssessment>();
        assessments.findByRoundId(round.id()).forEach(assessment -> byUnit.put(assessment.unitId(), assessment));
        var othersShown = byUnit.values().stream().filter(UnitAssessment::submitted).count()
                >= RoundReport.MIN_SUBMITTED;
        var rows = new ArrayList<AssessmentCsv.ExportRow>();
        for (var unit : round.units()) {
            var assessment = byUnit.get(unit.unitId());
            if (assessment == null || !mayExport(viewer, naming, assessment, othersShown)) {
                continue;
            }
            for (var dimension : model.dimensions()) {
                var entry = assessment.entries().get(dimension.id());
                if (entry != null) {
                    rows.add(new AssessmentCsv.ExportRow(naming.nameOf(unit.unitId()), dimension.name(),
                            entry.levelRank(), entry.evidence(), entry.metricValue()));
                }
            }
        }
        AssessmentCsv.write(writer, rows);
    }

    /**
     * Conveners manage the round and export everything, drafts included. Others get their own
     * unit's lines, and another unit's only once it has submitted, the round's visibility shows
     * its row, and enough units have submitted for the report to show distributions.
     */
    private static boolean mayExport(Membership viewer, UnitNaming naming, UnitAssessment assessment,
            boolean othersShown) {
        if (viewer.isConvener() || naming.isOwn(assessment.unitId())) {
            return true;
        }
        return othersShown && assessment.submitted() && naming.showsRow(assessment.unitId());
    }

    /**
     * Reads the whole file first; saves nothing unless every line is right. Units are named by
     * name or by their round label; a unit whose every dimension gets a level is submitted.
     */
    @Transactional
    AssessmentCsv.Parsed importInto(BenchmarkRound round, Membership convener, Reader reader) {
        if (rounds.status(round) == RoundStatus.CLOSED) {
            throw new ConflictException("assessment.roundNotOpen");
        }
        var model = models.get(round.modelId());
        var parsed = AssessmentCsv.read(reader, vocabulary(round, model));
        if (!parsed.valid()) {
            return parsed;
        }
        var rowsByUnit = new LinkedHashMap<Long, List<AssessmentCsv.Row>>();
        parsed.rows().forEach(row -> rowsByUnit.computeIfAbsent(row.unitId(), key -> new ArrayList<>()).add(row));
        var now = clock.instant();
        rowsByUnit.forEach((unitId, rows) -> {
            var assessment = assessments.findByRoundIdAndUnitId(round.id(), unitId)
                    .orElseGet(() -> new UnitAssessment(round.id(), unitId, convener.memberId(), now));
            var entries = new HashMap<>(assessment.entries());
            rows.forEach(row -> entries.put(row.dimensionId(),
                    new AssessmentEntry(row.level(), row.evidence(), row.metric())));
            assessment.record(entries, convener.memberId(), now);
            var complete = model.dimensions().stream()
                    .allMatch(dimension -> entries.containsKey(dimension.id())
                            && entries.get(dimension.id()).levelRank() != null);
            if (complete) {
                assessment.submit(convener.memberId(), now);
            }
            assessments.save(assessment);
        });
        return parsed;
    }

    private AssessmentCsv.Vocabulary vocabulary(BenchmarkRound round, PracticeModel model) {
        var unitKeys = new HashMap<String, Long>();
        var names = new HashMap<Long, String>();
        units.units(round.communityId()).forEach(unit -> names.put(unit.id(), unit.name()));
        for (var unit : round.units()) {
            unitKeys.put(AssessmentCsv.key(unit.label()), unit.unitId());
            var name = names.get(unit.unitId());
            if (name != null) {
                unitKeys.put(AssessmentCsv.key(name), unit.unitId());
            }
        }
        Map<String, Long> dimensionKeys = new HashMap<>();
        model.dimensions().forEach(dimension -> dimensionKeys.put(AssessmentCsv.key(dimension.name()), dimension.id()));
        return new AssessmentCsv.Vocabulary(unitKeys, dimensionKeys, model.levelLabels());
    }
}
