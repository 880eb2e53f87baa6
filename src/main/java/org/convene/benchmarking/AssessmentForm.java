package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** The self-assessment page form: one entry per dimension, keyed by dimension id. */
class AssessmentForm {

    private Map<Long, Entry> entries = new LinkedHashMap<>();
    private @Nullable Integer version;

    static AssessmentForm of(PracticeModel model, @Nullable UnitAssessment assessment) {
        var form = new AssessmentForm();
        var saved = assessment == null ? Map.<Long, AssessmentEntry>of() : assessment.entries();
        for (var dimension : model.dimensions()) {
            var entry = new Entry();
            var existing = saved.get(dimension.id());
            if (existing != null) {
                entry.level = existing.levelRank();
                entry.evidence = existing.evidence() == null ? "" : existing.evidence();
                entry.metric = existing.metricValue();
            }
            form.entries.put(dimension.id(), entry);
        }
        form.version = assessment == null ? null : assessment.version();
        return form;
    }

    AssessmentInput input(boolean submit) {
        var list = new ArrayList<AssessmentInput.Entry>();
        entries.forEach((dimensionId, entry) ->
                list.add(new AssessmentInput.Entry(dimensionId, entry.level, entry.evidence, entry.metric)));
        return new AssessmentInput(list, submit, version);
    }

    public Map<Long, Entry> getEntries() {
        return entries;
    }

    public void setEntries(Map<Long, Entry> entries) {
        this.entries = entries;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }

    /** One dimension's answer on the page. */
    public static class Entry {

        private @Nullable Integer level;
        private String evidence = "";
        private @Nullable Double metric;

        public @Nullable Integer getLevel() {
            return level;
        }

        public void setLevel(@Nullable Integer level) {
            this.level = level;
        }

        public String getEvidence() {
            return evidence;
        }

        public void setEvidence(String evidence) {
            this.evidence = evidence;
        }

        public @Nullable Double getMetric() {
            return metric;
        }

        public void setMetric(@Nullable Double metric) {
            this.metric = metric;
        }
    }
}
