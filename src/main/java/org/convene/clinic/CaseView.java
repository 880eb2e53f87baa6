package org.convene.clinic;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A case as a member of its community sees it.
 *
 * @param relatedExperienceCount members with a related experience; only for the presenter,
 *                               facilitators and conveners (null for others), who plan with it
 * @param questionProblems       what the question coach says is still to improve, as message keys
 */
record CaseView(long id, long communityId, String title, String context, String question, CaseKind kind,
        @Nullable LocalDate neededBy, CaseStatus status, RoomView.Person presenter, boolean hasVisual,
        @Nullable Integer relatedExperienceCount, boolean youHaveRelatedExperience, List<String> questionProblems,
        @Nullable LocalDate heldOn, @Nullable LocalDate followUpOn, Set<Long> adoptedAdviceIds,
        @Nullable Long clinicId, boolean youArePresenter) {

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
}
