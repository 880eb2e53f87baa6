package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

/**
 * The practice model editor's form. A mutable bean because the page grows it (another level,
 * another dimension) before it is saved; it becomes a {@link ModelDraft} to be saved.
 */
class ModelForm {

    static final int MAX_LEVELS = 7;
    static final int MIN_LEVELS = 3;

    private String name = "";
    private List<String> levels = new ArrayList<>(ModelDraft.DEFAULT_LEVELS);
    private List<DimensionForm> dimensions = new ArrayList<>();
    private int version;

    static ModelForm blank() {
        var form = new ModelForm();
        form.addDimension();
        return form;
    }

    static ModelForm of(PracticeModel model) {
        var form = new ModelForm();
        form.name = model.name();
        form.levels = new ArrayList<>(model.levelLabels());
        form.version = model.version();
        form.dimensions = new ArrayList<>(model.dimensions().stream().map(DimensionForm::of).toList());
        return form;
    }

    void addDimension() {
        var dimension = new DimensionForm();
        dimension.setDescriptors(new ArrayList<>(levels.stream().map(level -> "").toList()));
        dimensions.add(dimension);
    }

    void addLevel() {
        if (levels.size() < MAX_LEVELS) {
            levels.add("");
        }
        fitDescriptors();
    }

    void removeLevel() {
        if (levels.size() > MIN_LEVELS) {
            levels.remove(levels.size() - 1);
        }
        fitDescriptors();
    }

    void removeDimension(int index) {
        if (index >= 0 && index < dimensions.size() && dimensions.size() > 1) {
            dimensions.remove(index);
        }
    }

    /** Every dimension has exactly one descriptor per level, whatever was posted. */
    void fitDescriptors() {
        for (var dimension : dimensions) {
            var descriptors = new ArrayList<>(dimension.getDescriptors() == null ? List.of() : dimension.getDescriptors());
            while (descriptors.size() < levels.size()) {
                descriptors.add("");
            }
            dimension.setDescriptors(new ArrayList<>(descriptors.subList(0, levels.size())));
        }
    }

    void validate(Errors errors) {
        if (isBlank(name)) {
            errors.rejectValue("name", "NotBlank");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (isBlank(levels.get(i))) {
                errors.rejectValue("levels[" + i + "]", "NotBlank");
            }
        }
        for (int d = 0; d < dimensions.size(); d++) {
            var dimension = dimensions.get(d);
            if (isBlank(dimension.getName())) {
                errors.rejectValue("dimensions[" + d + "].name", "NotBlank");
            }
            for (int l = 0; l < dimension.getDescriptors().size(); l++) {
                if (isBlank(dimension.getDescriptors().get(l))) {
                    errors.rejectValue("dimensions[" + d + "].descriptors[" + l + "]", "model.descriptorMissing");
                }
            }
            if (!isBlank(dimension.getMetricUnit()) && isBlank(dimension.getMetricName())) {
                errors.rejectValue("dimensions[" + d + "].metricName", "model.metricNameMissing");
            }
        }
    }

    ModelDraft draft() {
        return new ModelDraft(name, levels.stream().map(String::strip).toList(),
                dimensions.stream().map(DimensionForm::draft).toList());
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getLevels() {
        return levels;
    }

    public void setLevels(List<String> levels) {
        this.levels = levels;
    }

    public List<DimensionForm> getDimensions() {
        return dimensions;
    }

    public void setDimensions(List<DimensionForm> dimensions) {
        this.dimensions = dimensions;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    /** One dimension in the editor. */
    public static class DimensionForm {

        private String name = "";
        private String description = "";
        private List<String> descriptors = new ArrayList<>();
        private String metricName = "";
        private String metricUnit = "";
        private boolean lowerIsBetter;

        static DimensionForm of(ModelDimension dimension) {
            var form = new DimensionForm();
            form.name = dimension.name();
            form.description = dimension.description();
            form.descriptors = new ArrayList<>(dimension.descriptors());
            var metric = dimension.metric();
            if (metric != null) {
                form.metricName = metric.name();
                form.metricUnit = metric.unit();
                form.lowerIsBetter = !metric.higherIsBetter();
            }
            return form;
        }

        DimensionDraft draft() {
            var metric = isBlank(metricName) ? null
                    : new MetricDraft(metricName.strip(), metricUnit == null ? "" : metricUnit.strip(), !lowerIsBetter);
            return new DimensionDraft(name.strip(), description, descriptors.stream().map(String::strip).toList(), metric);
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public List<String> getDescriptors() {
            return descriptors;
        }

        public void setDescriptors(List<String> descriptors) {
            this.descriptors = descriptors;
        }

        public String getMetricName() {
            return metricName;
        }

        public void setMetricName(String metricName) {
            this.metricName = metricName;
        }

        public String getMetricUnit() {
            return metricUnit;
        }

        public void setMetricUnit(String metricUnit) {
            this.metricUnit = metricUnit;
        }

        public boolean isLowerIsBetter() {
            return lowerIsBetter;
        }

        public void setLowerIsBetter(boolean lowerIsBetter) {
            this.lowerIsBetter = lowerIsBetter;
        }
    }
}
