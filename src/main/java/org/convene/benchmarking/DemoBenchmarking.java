package org.convene.benchmarking;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import org.convene.community.DemoCommunitySeeded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo community's benchmarking: a six-dimension model of water operations practice, a
 * baseline round half a year ago and a current round, so the report, the learning pairs and the
 * trend lines show something real.
 */
@Component
class DemoBenchmarking {

    private final PracticeModelRepository models;
    private final RoundRepository rounds;
    private final AssessmentRepository assessments;
    private final Clock clock;

    DemoBenchmarking(PracticeModelRepository models, RoundRepository rounds, AssessmentRepository assessments,
            Clock clock) {
        this.models = models;
        this.rounds = rounds;
        this.assessments = assessments;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void seed(DemoCommunitySeeded demo) {
        var model = models.save(PracticeModel.of(demo.communityId(), MODEL, clock.instant()));
        var today = LocalDate.now(clock);
        var teams = demo.teamUnitNames().stream().map(demo.unitIdsByName()::get).toList();
        var random = new Random(7);
        var baseline = rounds.save(new BenchmarkRound(demo.communityId(), model.id(), (today.getYear() - 1) + " Q2",
                today.minusMonths(6), today.minusMonths(5), Visibility.ANONYMOUS, clock.instant(),
                BenchmarkRound.labelled(teams, random)));
        var current = rounds.save(new BenchmarkRound(demo.communityId(), model.id(), today.getYear() + " Q4",
                today.minusWeeks(3), today.plusWeeks(1), Visibility.ANONYMOUS, clock.instant(),
                BenchmarkRound.labelled(teams, random)));
        var submitter = demo.memberIdsByEmail().values().iterator().next();
        for (int t = 0; t < teams.size(); t++) {
            assess(baseline, model, teams.get(t), BASELINE_LEVELS[t], submitter);
            assess(current, model, teams.get(t), CURRENT_LEVELS[t], submitter);
        }
    }

    private void assess(BenchmarkRound round, PracticeModel model, long unitId, int[] levels, long memberId) {
        var entries = new HashMap<Long, AssessmentEntry>();
        var dimensions = model.dimensions();
        for (int d = 0; d < dimensions.size(); d++) {
            var level = levels[d];
            var evidence = level >= model.levelCount() - 1 ? EVIDENCE.get(d) : null;
            var metric = dimensions.get(d).metric() == null ? null : METRIC_BY_LEVEL[level - 1];
            entries.put(dimensions.get(d).id(), new AssessmentEntry(level, evidence, metric));
        }
        var assessment = new UnitAssessment(round.id(), unitId, memberId, clock.instant());
        assessment.record(entries, memberId, clock.instant());
        assessment.submit(memberId, clock.instant());
        assessments.save(assessment);
    }

    /** Levels per team (rows, in the demo's team order) and dimension (columns). */
    private static final int[][] BASELINE_LEVELS = {
            {3, 2, 2, 1, 3, 2},
            {1, 3, 2, 2, 1, 1},
            {2, 1, 3, 2, 2, 3},
            {2, 2, 1, 3, 2, 1},
            {1, 2, 2, 1, 1, 2}};
    private static final int[][] CURRENT_LEVELS = {
            {4, 2, 3, 2, 3, 2},
            {2, 3, 2, 2, 2, 1},
            {2, 2, 4, 3, 2, 3},
            {3, 2, 2, 4, 2, 2},
            {1, 3, 2, 2, 2, 2}};
    private static final Double[] METRIC_BY_LEVEL = {36.0, 22.0, 12.0, 6.0};

    private static final List<String> EVIDENCE = List.of(
            "Every handover is a checklist plus a five-minute walk-round; no missed alarms in 9 months.",
            "Leak detection loggers cover 80% of the network; repairs start within 24 hours.",
            "Dosing set-points are reviewed weekly against lab results; two years without a breach.",
            "Every pump has a vibration baseline and a monthly reading; breakdowns halved in a year.",
            "Alarm rationalisation cut standing alarms from 140 to 12.",
            "Customers are told of planned outages three days ahead, by text and letter.");

    private static final ModelDraft MODEL = new ModelDraft("Water operations practice", ModelDraft.DEFAULT_LEVELS, List.of(
            new DimensionDraft("Shift handover", "How knowledge passes from one shift to the next.", List.of(
                    "Handover is verbal and depends on who is on shift.",
                    "A written log exists but is filled in unevenly.",
                    "A standard checklist is used at every handover and reviewed monthly.",
                    "Handover includes a joint walk-round and open issues are tracked to closure."), null),
            new DimensionDraft("Leak detection", "Finding and fixing losses in the network.", List.of(
                    "Leaks are found when customers report them.",
                    "Periodic surveys cover the worst areas.",
                    "Permanent loggers cover most of the network; alerts are triaged daily.",
                    "Losses are modelled per district and repairs are prioritised by volume saved."),
                    new MetricDraft("Time to repair", "hours", false)),
            new DimensionDraft("Chemical dosing", "Keeping treatment within limits, efficiently.", List.of(
                    "Dosing is set once and adjusted after problems.",
                    "Operators adjust dosing from daily lab results.",
                    "Set-points are reviewed weekly and adjusted to raw water quality.",
                    "Dosing is automated on online quality with operator oversight."), null),
            new DimensionDraft("Predictive maintenance", "Maintaining assets before they fail.", List.of(
                    "Equipment is repaired when it breaks.",
                    "A fixed preventive schedule exists for critical assets.",
                    "Condition monitoring guides maintenance of critical assets.",
                    "Maintenance is planned from condition data across all assets."), null),
            new DimensionDraft("Alarm management", "Keeping control room alarms meaningful.", List.of(
                    "Alarms are many and often ignored.",
                    "Nuisance alarms are removed when someone complains.",
                    "Alarms are rationalised with priorities and reviewed quarterly.",
                    "Alarm performance is measured and kept within agreed targets."), null),
            new DimensionDraft("Customer communication", "Telling customers what they need to know.", List.of(
                    "Customers hear about problems when they call.",
                    "Planned work is announced on the website.",
                    "Customers are told ahead of planned work through several channels.",
                    "Communication is proactive, targeted and its effect is measured."), null)));

}
