package org.convene.clinic.web;

import java.util.ArrayList;
import java.util.List;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.followup.FollowUpService;
import org.jspecify.annotations.Nullable;

/** The follow-up form as posted: what happened, one outcome per adopted advice, and the version read. */
public class FollowUpForm {

    private String whatHappened = "";
    private List<Entry> outcomes = new ArrayList<>();
    private @Nullable Integer version;

    static FollowUpForm of(CaseView view) {
        var form = new FollowUpForm();
        view.adopted().forEach(advice -> {
            var entry = new Entry();
            entry.setAdviceId(advice.adviceId());
            form.outcomes.add(entry);
        });
        form.version = view.version();
        return form;
    }

    List<FollowUpService.OutcomeInput> inputs() {
        return outcomes.stream().map(entry -> new FollowUpService.OutcomeInput(entry.getAdviceId(),
                entry.getOutcome(), entry.getNote())).toList();
    }

    public String getWhatHappened() {
        return whatHappened;
    }

    public void setWhatHappened(@Nullable String whatHappened) {
        this.whatHappened = whatHappened == null ? "" : whatHappened;
    }

    public List<Entry> getOutcomes() {
        return outcomes;
    }

    public void setOutcomes(List<Entry> outcomes) {
        this.outcomes = outcomes;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public void setVersion(@Nullable Integer version) {
        this.version = version;
    }

    /** One verdict in the form. */
    public static class Entry {

        private @Nullable Long adviceId;
        private @Nullable AdviceOutcome outcome;
        private String note = "";

        public @Nullable Long getAdviceId() {
            return adviceId;
        }

        public void setAdviceId(@Nullable Long adviceId) {
            this.adviceId = adviceId;
        }

        public @Nullable AdviceOutcome getOutcome() {
            return outcome;
        }

        public void setOutcome(@Nullable AdviceOutcome outcome) {
            this.outcome = outcome;
        }

        public String getNote() {
            return note;
        }

        public void setNote(@Nullable String note) {
            this.note = note == null ? "" : note;
        }
    }
}
