package org.convene.benchmarking;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.MappedCollection;

/** A dimension of practice as the convener defined it, with one descriptor per level. */
class ModelDimension {

    @Id
    private @Nullable Long id;
    private String name;
    private String description;
    private @Nullable String metricName;
    private @Nullable String metricUnit;
    private @Nullable Boolean metricHigherIsBetter;
    @MappedCollection(idColumn = "model_dimension", keyColumn = "model_dimension_key")
    private List<LevelDescriptor> descriptors;

    @PersistenceCreator
    ModelDimension(@Nullable Long id, String name, String description, @Nullable String metricName,
            @Nullable String metricUnit, @Nullable Boolean metricHigherIsBetter, List<LevelDescriptor> descriptors) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.metricName = metricName;
        this.metricUnit = metricUnit;
        this.metricHigherIsBetter = metricHigherIsBetter;
        this.descriptors = descriptors;
    }

    static ModelDimension of(DimensionDraft draft) {
        var metric = draft.metric();
        return new ModelDimension(null, draft.name().strip(), draft.description() == null ? "" : draft.description().strip(),
                metric == null ? null : metric.name().strip(),
                metric == null ? null : metric.unit().strip(),
                metric == null ? null : metric.higherIsBetter(),
                draft.descriptors().stream().map(text -> new LevelDescriptor(text.strip())).toList());
    }

    public long id() {
        if (id == null) {
            throw new IllegalStateException("dimension not saved yet");
        }
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<String> descriptors() {
        return descriptors.stream().map(LevelDescriptor::descriptor).toList();
    }

    public @Nullable MetricDraft metric() {
        return metricName == null ? null
                : new MetricDraft(metricName, metricUnit == null ? "" : metricUnit, !Boolean.FALSE.equals(metricHigherIsBetter));
    }

    public DimensionDraft draft() {
        return new DimensionDraft(name, description, descriptors(), metric());
    }

    /** The dimension as the analysis sees it, under the id given (trends match versions by name). */
    Dimension toAnalysis(long asId) {
        var metric = metric();
        return new Dimension(asId, name, descriptors(),
                metric == null ? null : new Metric(metric.name(), metric.unit(), metric.higherIsBetter()));
    }
}
