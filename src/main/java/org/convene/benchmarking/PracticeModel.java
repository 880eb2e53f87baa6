package org.convene.benchmarking;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A community's model of practice: dimensions, a maturity scale and what each level looks like.
 * Once a round has used it, it is never changed again: an edit makes the next version, so old
 * rounds keep their meaning.
 */
class PracticeModel {

    @Id
    private @Nullable Long id;
    private long communityId;
    private String name;
    private int modelVersion;
    private @Nullable Long previousModelId;
    private Instant createdAt;
    @Version
    private @Nullable Integer version;
    @MappedCollection(idColumn = "practice_model", keyColumn = "practice_model_key")
    private List<ModelLevel> levels;
    @MappedCollection(idColumn = "practice_model", keyColumn = "practice_model_key")
    private List<ModelDimension> dimensions;

    PracticeModel(long communityId, String name, int modelVersion, @Nullable Long previousModelId, Instant createdAt,
            List<ModelLevel> levels, List<ModelDimension> dimensions) {
        this.communityId = communityId;
        this.name = name;
        this.modelVersion = modelVersion;
        this.previousModelId = previousModelId;
        this.createdAt = createdAt;
        this.levels = levels;
        this.dimensions = dimensions;
    }

    static PracticeModel of(long communityId, ModelDraft draft, Instant now) {
        return new PracticeModel(communityId, draft.name().strip(), 1, null, now, levelsOf(draft),
                draft.dimensions().stream().map(ModelDimension::of).toList());
    }

    /** The next version of this model, for when a round already uses this one. */
    PracticeModel nextVersion(ModelDraft draft, Instant now) {
        return new PracticeModel(communityId, draft.name().strip(), modelVersion + 1, id(), now, levelsOf(draft),
                draft.dimensions().stream().map(ModelDimension::of).toList());
    }

    /** Edits in place; only while no round uses the model. */
    void revise(ModelDraft draft, int expectedVersion) {
        this.version = expectedVersion;
        this.name = draft.name().strip();
        this.levels = levelsOf(draft);
        this.dimensions = draft.dimensions().stream().map(ModelDimension::of).toList();
    }

    private static List<ModelLevel> levelsOf(ModelDraft draft) {
        var labels = draft.levels();
        return java.util.stream.IntStream.range(0, labels.size())
                .mapToObj(index -> new ModelLevel(index + 1, labels.get(index).strip()))
                .toList();
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("model not saved yet");
        }
        return id;
    }

    public long communityId() {
        return communityId;
    }

    public String name() {
        return name;
    }

    public int modelVersion() {
        return modelVersion;
    }

    public @Nullable Long previousModelId() {
        return previousModelId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version == null ? 0 : version;
    }

    public List<String> levelLabels() {
        return levels.stream().map(ModelLevel::label).toList();
    }

    public int levelCount() {
        return levels.size();
    }

    public List<ModelDimension> dimensions() {
        return dimensions;
    }

    public ModelDraft draft() {
        return new ModelDraft(name, levelLabels(), dimensions.stream().map(ModelDimension::draft).toList());
    }
}
