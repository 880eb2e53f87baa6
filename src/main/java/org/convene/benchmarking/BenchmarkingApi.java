package org.convene.benchmarking;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.identity.ConveneUser;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Benchmarking", description = "Practice models, rounds and self-assessments")
class BenchmarkingApi {

    private final PracticeModels models;
    private final Rounds rounds;
    private final SelfAssessments assessments;
    private final RoundViews views;
    private final RoundReports reports;
    private final Introductions introductions;
    private final CommunityAccess access;

    BenchmarkingApi(PracticeModels models, Rounds rounds, SelfAssessments assessments, RoundViews views,
            RoundReports reports, Introductions introductions, CommunityAccess access) {
        this.models = models;
        this.rounds = rounds;
        this.assessments = assessments;
        this.views = views;
        this.reports = reports;
        this.introductions = introductions;
        this.access = access;
    }

    @PostMapping("/api/communities/{communityId}/practice-models")
    @Operation(summary = "Create a practice model (conveners)")
    ResponseEntity<ModelResponse> createModel(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @Valid @RequestBody ModelRequest request) {
        access.requireConvener(communityId, user.accountId());
        var model = models.create(communityId, request.draft());
        return ResponseEntity.created(URI.create("/api/practice-models/" + model.id())).body(ModelResponse.of(model));
    }

    @GetMapping("/api/communities/{communityId}/practice-models")
    @Operation(summary = "The community's practice models, newest first")
    List<ModelResponse> listModels(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId) {
        access.require(communityId, user.accountId());
        return models.list(communityId).stream().map(ModelResponse::of).toList();
    }

    @GetMapping("/api/practice-models/{modelId}")
    @Operation(summary = "A practice model with its levels, dimensions and descriptors")
    ModelResponse getModel(@AuthenticationPrincipal ConveneUser user, @PathVariable long modelId) {
        var model = models.get(modelId);
        access.require(model.communityId(), user.accountId());
        return ModelResponse.of(model);
    }

    @PutMapping("/api/practice-models/{modelId}")
    @Operation(summary = "Revise a model (conveners); once a round uses it, this creates its next version")
    ModelResponse reviseModel(@AuthenticationPrincipal ConveneUser user, @PathVariable long modelId,
            @Valid @RequestBody ModelRequest request) {
        var model = models.get(modelId);
        access.requireConvener(model.communityId(), user.accountId());
        var version = request.version() == null ? model.version() : request.version();
        return ModelResponse.of(models.revise(model.communityId(), modelId, version, request.draft()));
    }

    @PostMapping("/api/communities/{communityId}/rounds")
    @Operation(summary = "Open a round for some units (conveners)")
    ResponseEntity<RoundResponse> openRound(@AuthenticationPrincipal ConveneUser user, @PathVariable long communityId,
            @Valid @RequestBody RoundDraft draft) {
        var membership = access.requireConvener(communityId, user.accountId());
        var round = rounds.open(communityId, draft);
        return ResponseEntity.created(URI.create("/api/rounds/" + round.id())).body(roundResponse(round, membership));
    }

    @GetMapping("/api/rounds/{roundId}")
    @Operation(summary = "A round, its status and its units as you may see them")
    RoundResponse getRound(@AuthenticationPrincipal ConveneUser user, @PathVariable long roundId) {
        var round = rounds.get(roundId);
        return roundResponse(round, access.require(round.communityId(), user.accountId()));
    }

    @PutMapping("/api/rounds/{roundId}/assessments/{unitId}")
    @Operation(summary = "Save your unit's self-assessment as a draft, or submit it (`submit: true`)")
    AssessmentResponse saveAssessment(@AuthenticationPrincipal ConveneUser user, @PathVariable long roundId,
            @PathVariable long unitId, @Valid @RequestBody AssessmentInput input) {
        var round = rounds.get(roundId);
        var membership = access.require(round.communityId(), user.accountId());
        return AssessmentResponse.of(assessments.save(membership, round, unitId, input));
    }

    @GetMapping("/api/rounds/{roundId}/assessments/{unitId}")
    @Operation(summary = "Your unit's self-assessment")
    AssessmentResponse getAssessment(@AuthenticationPrincipal ConveneUser user, @PathVariable long roundId,
            @PathVariable long unitId) {
        var round = rounds.get(roundId);
        var membership = access.require(round.communityId(), user.accountId());
        if (!round.includes(unitId) || !assessments.mayAssess(membership, unitId)) {
            throw new NotFoundException("assessment");
        }
        return assessments.find(roundId, unitId).map(AssessmentResponse::of)
                .orElseThrow(() -> new NotFoundException("assessment"));
    }

    @GetMapping("/api/rounds/{roundId}/report")
    @Operation(summary = "The round's analysis as you may see it",
            description = "dimensions (count, min, max, median, spread) ranked by learning potential, each unit's "
                    + "strengths and growth areas, the share of units good at something, the suggested reciprocal "
                    + "learning pairs (gainAtoB is what A passes on to B) and the trend since the baseline. Names "
                    + "follow the round's visibility; nothing is shown but your own unit while fewer than 3 units "
                    + "have submitted.")
    ReportResponse report(@AuthenticationPrincipal ConveneUser user, @PathVariable long roundId) {
        var round = rounds.get(roundId);
        var report = reports.report(round, access.require(round.communityId(), user.accountId()));
        return ReportResponse.of(report);
    }

    @PostMapping("/api/rounds/{roundId}/introductions")
    @Operation(summary = "Accept an introduction to a learning partner in an anonymous round; names are revealed when both accept")
    IntroductionResponse acceptIntroduction(@AuthenticationPrincipal ConveneUser user, @PathVariable long roundId,
            @Valid @RequestBody IntroductionRequest request) {
        var round = rounds.get(roundId);
        var membership = access.require(round.communityId(), user.accountId());
        var introduction = request.otherUnitId() != null
                ? introductions.accept(round, membership, request.ownUnitId(), request.otherUnitId())
                : introductions.accept(round, membership, request.ownUnitId(),
                        request.otherUnit() == null ? "" : request.otherUnit());
        return new IntroductionResponse(introduction.bothAccepted());
    }

    private RoundResponse roundResponse(BenchmarkRound round, Membership viewer) {
        var naming = views.naming(round, viewer);
        var units = round.units().stream()
                .map(unit -> new RoundUnitResponse(naming.isNamed(unit.unitId()) ? unit.unitId() : null,
                        naming.nameOf(unit.unitId()), naming.isOwn(unit.unitId())))
                .toList();
        return new RoundResponse(round.id(), round.communityId(), round.modelId(), round.name(), round.opensOn(),
                round.closesOn(), round.visibility(), rounds.status(round), rounds.isBaseline(round), units,
                round.version());
    }

    /**
     * @param otherUnit   the partner as the report names it (its label, e.g. "Unit C")
     * @param otherUnitId or its id, for a caller who knows it already
     */
    record IntroductionRequest(@NotNull Long ownUnitId, @Nullable Long otherUnitId,
            @Size(max = 200) @Nullable String otherUnit) {
    }

    record IntroductionResponse(boolean namesRevealed) {
    }

    record ReportDimension(long id, String name, int count, int min, int max, double median, int spread) {
    }

    record ReportUnit(String label, boolean yours, List<String> strengths, List<RoundReport.GrowthView> growthAreas) {
    }

    record ReportPair(String a, String b, int gainAtoB, int gainBtoA, int mutualGain, List<String> aTeachesB,
            List<String> bTeachesA) {
    }

    record ReportResponse(long roundId, String round, Visibility visibility, int submitted, int unitCount,
            boolean distributionsShown, List<ReportDimension> dimensions, List<Long> learningPotential,
            List<ReportUnit> units, double shareWithStrength, List<ReportPair> pairs,
            List<RoundReport.TrendView> trend) {

        static ReportResponse of(RoundReport report) {
            var dimensions = report.learningPotential().stream()
                    .map(d -> new ReportDimension(d.id(), d.name(), d.count(), d.min(), d.max(), d.median(), d.spread()))
                    .toList();
            return new ReportResponse(report.roundId(), report.roundName(), report.visibility(),
                    report.submittedCount(), report.unitCount(), report.distributionsShown(), dimensions,
                    dimensions.stream().map(ReportDimension::id).toList(),
                    report.units().stream().map(u -> new ReportUnit(u.name(), u.own(), u.strengths(), u.growthAreas()))
                            .toList(),
                    report.shareWithStrength(),
                    report.pairs().stream().map(p -> new ReportPair(p.a(), p.b(), p.gainAtoB(), p.gainBtoA(),
                            p.mutualGain(), p.aTeachesB(), p.bTeachesA())).toList(),
                    report.trend());
        }
    }

    record LevelRequest(int rank, @NotBlank @Size(max = 60) String label) {
    }

    /** The wire shape: levels as {rank, label}; the rest as in {@link ModelDraft}. */
    record ModelRequest(@NotBlank @Size(max = 120) String name,
            @NotNull @Size(min = 3, max = 7) List<@Valid LevelRequest> levels,
            @NotNull @Size(min = 1, max = 40) List<@Valid DimensionDraft> dimensions, @Nullable Integer version) {

        ModelDraft draft() {
            var labels = levels.stream().sorted(Comparator.comparingInt(LevelRequest::rank))
                    .map(LevelRequest::label).toList();
            return new ModelDraft(name, labels, dimensions);
        }
    }

    record DimensionResponse(long id, String name, String description, List<String> descriptors,
            @Nullable MetricDraft metric) {
    }

    record ModelResponse(long id, long communityId, String name, int modelVersion, @Nullable Long previousModelId,
            List<LevelRequest> levels, List<DimensionResponse> dimensions, int version) {

        static ModelResponse of(PracticeModel model) {
            var labels = model.levelLabels();
            return new ModelResponse(model.id(), model.communityId(), model.name(), model.modelVersion(),
                    model.previousModelId(),
                    java.util.stream.IntStream.range(0, labels.size())
                            .mapToObj(i -> new LevelRequest(i + 1, labels.get(i))).toList(),
                    model.dimensions().stream().map(d -> new DimensionResponse(d.id(), d.name(), d.description(),
                            d.descriptors(), d.metric())).toList(),
                    model.version());
        }
    }

    record RoundUnitResponse(@Nullable Long unitId, String name, boolean yours) {
    }

    record RoundResponse(long id, long communityId, long modelId, String name, LocalDate opensOn, LocalDate closesOn,
            Visibility visibility, RoundStatus status, boolean baseline, List<RoundUnitResponse> units, int version) {
    }

    /** {@code updatedBy} and {@code submittedBy} are member ids: who last changed it, and who submitted it. */
    record AssessmentResponse(long unitId, boolean submitted, @Nullable Instant submittedAt,
            @Nullable Long submittedBy, Instant updatedAt, long updatedBy, Map<Long, AssessmentEntry> entries,
            int version) {

        static AssessmentResponse of(UnitAssessment assessment) {
            return new AssessmentResponse(assessment.unitId(), assessment.submitted(), assessment.submittedAt(),
                    assessment.submittedBy(), assessment.updatedAt(), assessment.updatedBy(), assessment.entries(),
                    assessment.version());
        }
    }
}
