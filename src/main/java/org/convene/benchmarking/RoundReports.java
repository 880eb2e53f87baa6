package org.convene.benchmarking;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.convene.community.Membership;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Analyses a round and shapes the result for one viewer, following the round's visibility. */
@Service
class RoundReports {

    private final Rounds rounds;
    private final PracticeModels models;
    private final SelfAssessments assessments;
    private final RoundViews views;
    private final IntroductionRepository introductions;
    private final MessageSource messages;
    private final RoundStamps stamps;
    private final Clock clock;
    /**
     * Reports as a kind of viewer sees them (their unit, whether they convene, their language), per
     * state of the community's rounds; kept a minute at most, for what the stamp does not see
     * (units renamed in the community).
     */
    private final Cache<ReportKey, RoundReport> reportsSeen = Caffeine.newBuilder().maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(1)).build();
    private final Cache<AnalysisKey, Optional<RoundAnalysis>> analyses = Caffeine.newBuilder().maximumSize(200)
            .expireAfterWrite(Duration.ofMinutes(1)).build();

    private record ReportKey(long roundId, String stamp, @Nullable Long unitId, boolean convener, Locale locale,
            LocalDate today) {
    }

    private record AnalysisKey(long roundId, String stamp) {
    }

    RoundReports(Rounds rounds, PracticeModels models, SelfAssessments assessments, RoundViews views,
            IntroductionRepository introductions, MessageSource messages, RoundStamps stamps, Clock clock) {
        this.stamps = stamps;
        this.clock = clock;
        this.rounds = rounds;
        this.models = models;
        this.assessments = assessments;
        this.views = views;
        this.introductions = introductions;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    RoundReport report(BenchmarkRound round, Membership viewer) {
        var key = new ReportKey(round.id(), stamps.of(round.communityId()), viewer.unitId(), viewer.isConvener(),
                LocaleContextHolder.getLocale(), LocalDate.now(clock));
        return reportsSeen.get(key, missing -> compute(round, viewer));
    }

    private RoundReport compute(BenchmarkRound round, Membership viewer) {
        var model = models.get(round.modelId());
        var naming = views.naming(round, viewer);
        var submitted = submitted(round);
        var data = assessmentsOf(round, model, submitted, canonicalIds(model, model));
        var analysis = RoundAnalysis.of(data);
        var shown = submitted.size() >= RoundReport.MIN_SUBMITTED;
        var labels = model.levelLabels();

        var units = new ArrayList<RoundReport.UnitView>();
        for (var profile : analysis.units()) {
            var unitId = profile.unit().id();
            if (!naming.showsRow(unitId) || (!shown && !naming.isOwn(unitId))) {
                continue;
            }
            units.add(unitView(profile, naming, labels, data, analysis, shown));
        }
        units.sort(Comparator.comparing(RoundReport.UnitView::own).reversed());

        var pairs = shown ? pairs(round, analysis, naming) : List.<RoundReport.PairView>of();
        var calibration = viewer.isConvener()
                ? analysis.calibrationTalks().stream().map(unit -> views.realName(round, unit.id())).toList()
                : List.<String>of();
        var trend = shown ? trend(round, model) : List.<RoundReport.TrendView>of();
        var potential = analysis.learningPotential().stream().map(RoundReports::row).toList();
        return new RoundReport(round.id(), round.name(), round.visibility(), submitted.size(), round.units().size(),
                shown, labels, shown ? potential : List.of(), shown ? analysis.shareWithStrength() : 0, units, pairs,
                calibration, trend, charts(round, model, data, analysis, naming, shown, potential, trend, units));
    }

    /**
     * The analysis of the round's submitted self-assessments, or empty while fewer than
     * {@link RoundReport#MIN_SUBMITTED} units have submitted (too few to compare safely).
     */
    @Transactional(readOnly = true)
    Optional<RoundAnalysis> analysis(BenchmarkRound round) {
        return analyses.get(new AnalysisKey(round.id(), stamps.of(round.communityId())), missing -> analyse(round));
    }

    private Optional<RoundAnalysis> analyse(BenchmarkRound round) {
        var submitted = submitted(round);
        if (submitted.size() < RoundReport.MIN_SUBMITTED) {
            return Optional.empty();
        }
        var model = models.get(round.modelId());
        return Optional.of(RoundAnalysis.of(assessmentsOf(round, model, submitted, canonicalIds(model, model))));
    }

    private List<UnitAssessment> submitted(BenchmarkRound round) {
        return assessments.all(round.id()).stream().filter(UnitAssessment::submitted).toList();
    }

    /** The round's submitted levels, with dimension ids mapped so that versions of a model line up. */
    private static Assessments assessmentsOf(BenchmarkRound round, PracticeModel model, List<UnitAssessment> submitted,
            Map<Long, Long> canonical) {
        var dimensions = model.dimensions().stream()
                .map(dimension -> dimension.toAnalysis(canonical.get(dimension.id()))).toList();
        var byUnit = submitted.stream().collect(Collectors.toMap(UnitAssessment::unitId, a -> a));
        var units = round.units().stream().filter(unit -> byUnit.containsKey(unit.unitId()))
                .map(unit -> new Unit(unit.unitId(), unit.label())).toList();
        var builder = Assessments.builder(round.name(), model.levelCount(), dimensions, units);
        for (var unit : units) {
            byUnit.get(unit.id()).entries().forEach((dimensionId, entry) -> {
                var id = canonical.get(dimensionId);
                if (id == null || entry.levelRank() == null) {
                    return;
                }
                builder.level(unit.id(), id, entry.levelRank());
                var dimension = dimensions.stream().filter(d -> d.id() == id).findFirst().orElseThrow();
                if (entry.metricValue() != null && dimension.metric() != null) {
                    builder.metric(unit.id(), id, entry.metricValue());
                }
            });
        }
        return builder.build();
    }

    /** Each dimension of {@code model} keyed to the id of the same-named dimension of {@code latest}. */
    private static Map<Long, Long> canonicalIds(PracticeModel model, PracticeModel latest) {
        var byName = new HashMap<String, Long>();
        latest.dimensions().forEach(dimension -> byName.put(dimension.name().toLowerCase(Locale.ROOT), dimension.id()));
        var ids = new HashMap<Long, Long>();
        model.dimensions().forEach(dimension -> ids.put(dimension.id(),
                byName.getOrDefault(dimension.name().toLowerCase(Locale.ROOT), dimension.id())));
        return ids;
    }

    private RoundReport.UnitView unitView(UnitProfile profile, UnitNaming naming, List<String> labels,
            Assessments data, RoundAnalysis analysis, boolean shown) {
        var unitId = profile.unit().id();
        var own = naming.isOwn(unitId);
        var strengths = shown ? profile.strengths().stream().map(Dimension::name).toList() : List.<String>of();
        var growth = shown ? profile.growthAreas().stream()
                .map(area -> new RoundReport.GrowthView(area.dimension().id(), area.dimension().name(), area.level(),
                        labels.get(area.level() - 1), labels.get(area.nextLevel() - 1), area.nextDescriptor(),
                        area.learnFrom().stream().map(unit -> naming.nameOf(unit.id())).toList()))
                .toList() : List.<RoundReport.GrowthView>of();
        String radar = null;
        List<List<String>> radarRows = List.of();
        if (own && shown) {
            var series = radarSeries(naming.nameOf(unitId), unitIndex(data, unitId), data, analysis);
            var axes = data.dimensions().stream().map(Dimension::name).toList();
            radar = RadarChart.render(text("report.radar.title", naming.nameOf(unitId)),
                    text("report.radar.desc", naming.nameOf(unitId)), axes, labels, series);
            radarRows = RadarChart.rows(axes, series);
        }
        return new RoundReport.UnitView(unitId, naming.nameOf(unitId), own, strengths, growth, radar, radarRows);
    }

    private List<RadarChart.Series> radarSeries(String name, int unit, Assessments data, RoundAnalysis analysis) {
        var count = data.dimensionCount();
        var own = new double[count];
        var median = new double[count];
        var best = new double[count];
        for (int d = 0; d < count; d++) {
            var level = data.level(unit, d);
            own[d] = level == Assessments.NOT_ASSESSED ? Double.NaN : level;
            var stats = analysis.dimensions().get(d);
            median[d] = stats.count() == 0 ? Double.NaN : stats.median();
            best[d] = stats.count() == 0 ? Double.NaN : stats.max();
        }
        return List.of(new RadarChart.Series(name, own), new RadarChart.Series(text("report.median"), median),
                new RadarChart.Series(text("report.best"), best));
    }

    private List<RoundReport.PairView> pairs(BenchmarkRound round, RoundAnalysis analysis, UnitNaming naming) {
        var accepted = introductions.findByRoundId(round.id());
        var result = new ArrayList<RoundReport.PairView>();
        for (var pair : analysis.pairs().pairs()) {
            var a = pair.a().id();
            var b = pair.b().id();
            var involves = naming.isOwn(a) || naming.isOwn(b);
            if (round.visibility() == Visibility.AGGREGATE && !involves) {
                continue;
            }
            Long viewerUnit = naming.isOwn(a) ? Long.valueOf(a) : naming.isOwn(b) ? Long.valueOf(b) : null;
            var introduction = accepted.stream().filter(i -> i.involves(a) && i.involves(b)).findFirst();
            result.add(new RoundReport.PairView(naming.nameOf(a), naming.nameOf(b), a, b, pair.gainForB(),
                    pair.gainForA(), pair.mutualGain(), names(pair.aTeachesB()), names(pair.bTeachesA()), involves,
                    viewerUnit, viewerUnit != null && introduction.map(i -> i.acceptedBy(viewerUnit)).orElse(false),
                    introduction.map(Introduction::bothAccepted).orElse(false)));
        }
        return result;
    }

    private List<RoundReport.TrendView> trend(BenchmarkRound round, PracticeModel model) {
        var history = rounds.history(round);
        var data = new ArrayList<Assessments>();
        for (var past : history) {
            var pastModel = models.get(past.modelId());
            data.add(assessmentsOf(past, pastModel, submitted(past), canonicalIds(pastModel, model)));
        }
        var current = model.dimensions().stream().map(ModelDimension::id).collect(Collectors.toSet());
        return Trend.of(data).stream()
                .filter(trend -> current.contains(trend.dimension().id()))
                .map(trend -> new RoundReport.TrendView(trend.dimension().name(),
                        trend.points().stream().map(TrendPoint::round).toList(),
                        trend.points().stream().map(TrendPoint::mean).toList(),
                        trend.points().stream().map(TrendPoint::best).toList(),
                        trend.points().stream().map(TrendPoint::weakest).toList()))
                .toList();
    }

    private RoundReport.Charts charts(BenchmarkRound round, PracticeModel model, Assessments data,
            RoundAnalysis analysis, UnitNaming naming, boolean shown, List<RoundReport.DimensionRow> potential,
            List<RoundReport.TrendView> trend, List<RoundReport.UnitView> units) {
        if (!shown) {
            return new RoundReport.Charts(null, List.of(), null, List.of(), List.of(), null, List.of(), List.of(),
                    null, List.of());
        }
        var labels = model.levelLabels();
        var ranges = potential.stream()
                .map(row -> new SpreadChart.Range(row.name(), row.min(), row.median(), row.max())).toList();
        var spread = SpreadChart.render(text("report.spread.title"), text("report.spread.desc"), labels, ranges);

        var dimensionNames = data.dimensions().stream().map(Dimension::name).toList();
        var rows = new ArrayList<HeatmapChart.Row>();
        var highlight = -1;
        for (var view : units) {
            var u = unitIndex(data, view.unitId());
            var levels = new int[data.dimensionCount()];
            for (int d = 0; d < levels.length; d++) {
                levels[d] = data.level(u, d);
            }
            if (view.own() && highlight < 0) {
                highlight = rows.size();
            }
            rows.add(new HeatmapChart.Row(view.name(), levels));
        }
        var heatmap = HeatmapChart.render(text("report.heatmap.title"), text("report.heatmap.desc"), dimensionNames,
                labels, rows, highlight);

        String trendSvg = null;
        List<List<String>> trendRows = List.of();
        var roundNames = rounds.history(round).stream().map(BenchmarkRound::name).toList();
        if (roundNames.size() > 1) {
            var lines = trend.stream().map(line -> new TrendChart.Line(line.dimension(),
                    alignedMeans(line, roundNames))).toList();
            trendSvg = TrendChart.render(text("report.trend.title"), text("report.trend.desc"), roundNames, labels,
                    lines, null);
            trendRows = TrendChart.rows(lines);
        }
        var boxes = metricBoxes(data, analysis, naming);
        var metrics = boxes.isEmpty() ? null
                : QuartileChart.render(text("report.metrics.title"), text("report.metrics.desc"), boxes,
                        text("report.metrics.better"), text("report.metrics.yours"));
        return new RoundReport.Charts(spread, SpreadChart.rows(ranges), heatmap, HeatmapChart.rows(rows),
                dimensionNames, trendSvg, trendRows, roundNames, metrics,
                boxes.isEmpty() ? List.of() : QuartileChart.rows(boxes));
    }

    private static double[] alignedMeans(RoundReport.TrendView line, List<String> roundNames) {
        var means = new double[roundNames.size()];
        for (int r = 0; r < means.length; r++) {
            var index = line.rounds().indexOf(roundNames.get(r));
            means[r] = index < 0 ? Double.NaN : line.means().get(index);
        }
        return means;
    }

    private List<QuartileChart.Box> metricBoxes(Assessments data, RoundAnalysis analysis, UnitNaming naming) {
        var boxes = new ArrayList<QuartileChart.Box>();
        for (var distribution : analysis.metricDistributions()) {
            var d = data.dimensions().indexOf(distribution.dimension());
            var min = Double.POSITIVE_INFINITY;
            var max = Double.NEGATIVE_INFINITY;
            var own = Double.NaN;
            for (int u = 0; u < data.unitCount(); u++) {
                var value = data.metric(u, d);
                if (Double.isNaN(value)) {
                    continue;
                }
                min = Math.min(min, value);
                max = Math.max(max, value);
                if (naming.isOwn(data.units().get(u).id())) {
                    own = value;
                }
            }
            var metric = distribution.metric();
            boxes.add(new QuartileChart.Box(metric.name(), metric.unitOfMeasure(), !metric.higherIsBetter(), min,
                    distribution.bottomQuartile(), distribution.median(), distribution.topQuartile(), max, own));
        }
        return boxes;
    }

    private static int unitIndex(Assessments data, long unitId) {
        for (int u = 0; u < data.unitCount(); u++) {
            if (data.units().get(u).id() == unitId) {
                return u;
            }
        }
        throw new IllegalArgumentException("unit " + unitId + " did not submit");
    }

    private static RoundReport.DimensionRow row(DimensionStats stats) {
        return new RoundReport.DimensionRow(stats.dimension().id(), stats.dimension().name(), stats.count(),
                stats.min(), stats.max(), stats.median(), stats.spread());
    }

    private static List<String> names(List<Dimension> dimensions) {
        return dimensions.stream().map(Dimension::name).toList();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
    }

}
