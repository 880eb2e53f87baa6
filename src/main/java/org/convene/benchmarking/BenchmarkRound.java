package org.convene.benchmarking;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import java.util.Optional;

import org.convene.web.ForbiddenException;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A benchmarking round: a model, the units taking part, its dates and who sees what. */
class BenchmarkRound {

    @Id
    private @Nullable Long id;
    private long communityId;
    private long modelId;
    private String name;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private Visibility visibility;
    private Instant createdAt;
    @Version
    private @Nullable Integer version;
    @MappedCollection(idColumn = "benchmark_round")
    private Set<RoundUnit> units;

    BenchmarkRound(long communityId, long modelId, String name, LocalDate opensOn, LocalDate closesOn,
            Visibility visibility, Instant createdAt, Set<RoundUnit> units) {
        this.communityId = communityId;
        this.modelId = modelId;
        this.name = name;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.visibility = visibility;
        this.createdAt = createdAt;
        this.units = units;
    }

    /**
     * Labels are dealt in a random order, so that "Unit A" says nothing about a unit's name,
     * its place in the tree or when it joined.
     */
    static Set<RoundUnit> labelled(List<Long> unitIds, Random random) {
        var shuffled = new ArrayList<>(unitIds);
        Collections.shuffle(shuffled, random);
        var labelled = new java.util.LinkedHashSet<RoundUnit>();
        for (int i = 0; i < shuffled.size(); i++) {
            labelled.add(new RoundUnit(shuffled.get(i), "Unit " + label(i)));
        }
        return labelled;
    }

    /** A, B, … Z, AA, AB, … like spreadsheet columns. */
    static String label(int index) {
        var label = new StringBuilder();
        for (int n = index; n >= 0; n = n / 26 - 1) {
            label.insert(0, (char) ('A' + n % 26));
        }
        return label.toString();
    }

    RoundStatus status(LocalDate today) {
        if (today.isBefore(opensOn)) {
            return RoundStatus.UPCOMING;
        }
        return today.isAfter(closesOn) ? RoundStatus.CLOSED : RoundStatus.OPEN;
    }

    void closeEarly(LocalDate today, int expectedVersion) {
        this.version = expectedVersion;
        this.closesOn = today.minusDays(1).isBefore(opensOn) ? opensOn.minusDays(1) : today.minusDays(1);
    }

    boolean includes(long unitId) {
        return units.stream().anyMatch(unit -> unit.unitId() == unitId);
    }

    /**
     * Why someone may not open a unit's self-assessment in this round, if they may not. A named round
     * shows which units take part, so a unit that is not yours is said to be so (403). Any other round
     * answers a unit that takes part exactly as one that does not (404): the answer must not tell
     * which units take part.
     *
     * @param mayAssess whether the person belongs to the unit (or to one below it) or is a convener
     * @return empty when they may
     */
    Optional<RuntimeException> assessmentRefusal(long unitId, boolean mayAssess) {
        if (includes(unitId) && mayAssess) {
            return Optional.empty();
        }
        if (includes(unitId) && visibility == Visibility.NAMED) {
            return Optional.of(new ForbiddenException("assessment.notYourUnit"));
        }
        return Optional.of(new NotFoundException("unit in round"));
    }

    Optional<String> labelOf(long unitId) {
        return units.stream().filter(unit -> unit.unitId() == unitId).map(RoundUnit::label).findFirst();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("round not saved yet");
        }
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public long modelId() {
        return modelId;
    }

    public String name() {
        return name;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public Visibility visibility() {
        return visibility;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    /** Participating units in label order, which is never a ranking. */
    public List<RoundUnit> units() {
        return units.stream().sorted(Comparator.comparing(RoundUnit::label, BenchmarkRound::byLabel)).toList();
    }

    private static int byLabel(String a, String b) {
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
