package org.convene.clinic.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.CaseKind;
import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.cases.ContextRule;
import org.jspecify.annotations.Nullable;

/**
 * A case as a member of its community sees it.
 *
 * @param relatedExperienceCount members with a related experience; only for the presenter,
 *                               facilitators and conveners (null for others), who plan with it
 * @param questionProblems       what the question coach says is still to improve, as message keys
 * @param dimension              the benchmarking dimension the case was brought on, or null
 * @param adopted                the advice the presenter took up, with its verdict once the follow-up is filed
 * @param followUp               the follow-up report, once filed
 * @param agendaClinicId         the later clinic whose agenda carries the follow-up, or null
 * @param version                what a change must name to be accepted (stale edits are refused)
 */
public record CaseView(long id, long communityId, String title, String context, String question, CaseKind kind,
        @Nullable LocalDate neededBy, CaseStatus status, RoomView.Person presenter, boolean hasVisual,
        @Nullable Integer relatedExperienceCount, boolean youHaveRelatedExperience, List<String> questionProblems,
        @Nullable LocalDate heldOn, @Nullable LocalDate followUpOn, Set<Long> adoptedAdviceIds,
        @Nullable Long clinicId, boolean youArePresenter, @Nullable String dimension, List<AdoptedAdvice> adopted,
        @Nullable FollowUp followUp, @Nullable Long agendaClinicId, int version) {

    /** One piece of advice the presenter took up, and how it worked out once reported. */
    record AdoptedAdvice(long adviceId, String text, RoomView.Person adviser, @Nullable AdviceOutcome outcome,
            @Nullable String note) {
    }

    /** The filed report. */
    record FollowUp(String whatHappened, @Nullable Instant filedAt) {
    }

    public int contextCharactersLeft() {
        return ContextRule.charactersLeft(context);
    }

    public boolean editable() {
        return youArePresenter && (status == CaseStatus.DRAFT || status == CaseStatus.READY);
    }

    public boolean canMarkReady() {
        return youArePresenter && status == CaseStatus.DRAFT;
    }

    public boolean openToExperiences() {
        return !youArePresenter && (status == CaseStatus.READY || status == CaseStatus.SCHEDULED);
    }

    /** The presenter may report back from the summary on (early reports are welcome) until the case is closed. */
    public boolean canFileFollowUp() {
        return youArePresenter && (status == CaseStatus.HELD || status == CaseStatus.FOLLOW_UP_DUE);
    }

    public boolean followUpDue() {
        return status == CaseStatus.FOLLOW_UP_DUE;
    }

    /** Its clinic is to come or under way: the room is where to go. */
    public boolean clinicAhead() {
        return clinicId != null && status == CaseStatus.SCHEDULED;
    }

    /** The clinic ended before the presenter summed up: the summary is still to come, from them. */
    public boolean awaitingSummary() {
        return status == CaseStatus.AWAITING_SUMMARY;
    }

    /** The presenter writes the summary the clinic ended without (once). */
    public boolean canWriteSummary() {
        return youArePresenter && awaitingSummary();
    }

    /** Held, with its summary: the follow-up date is set. */
    public boolean summarised() {
        return heldOn != null;
    }
}
