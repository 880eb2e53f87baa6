package org.convene.benchmarking;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/** One unit's self-assessment in one round: saved as a draft, submitted once complete. */
@Table("assessment")
class UnitAssessment {

    @Id
    private @Nullable Long id;
    private long roundId;
    private long unitId;
    private long updatedBy;
    private Instant updatedAt;
    private @Nullable Long submittedBy;
    private @Nullable Instant submittedAt;
    @Version
    private @Nullable Integer version;
    @MappedCollection(idColumn = "assessment", keyColumn = "dimension_id")
    private Map<Long, AssessmentEntry> entries = new HashMap<>();

    UnitAssessment(long roundId, long unitId, long updatedBy, Instant updatedAt) {
        this.roundId = roundId;
        this.unitId = unitId;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    void record(Map<Long, AssessmentEntry> newEntries, long memberId, Instant now) {
        this.entries = new HashMap<>(newEntries);
        this.updatedBy = memberId;
        this.updatedAt = now;
    }

    void submit(long memberId, Instant now) {
        this.submittedBy = memberId;
        this.submittedAt = now;
    }

    void expectVersion(int expected) {
        this.version = expected;
    }

    public @Nullable Long id() {
        return id;
    }

    public long roundId() {
        return roundId;
    }

    public long unitId() {
        return unitId;
    }

    public long updatedBy() {
        return updatedBy;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public @Nullable Long submittedBy() {
        return submittedBy;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    public boolean submitted() {
        return submittedAt != null;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public Map<Long, AssessmentEntry> entries() {
        return Map.copyOf(entries);
    }
}
