package org.convene.clinic.protocol;

import org.convene.clinic.Step;

/**
 * Why a clinic or a case refused an action that was well formed but is against the rules
 * in its present state. The web layer answers 409 with the text of {@link #messageKey()}, or 403
 * when the refusal is about who asks ({@link #isAboutRole()}) rather than about the state.
 */
public enum Refusal {

    // Controlling the clinic
    FACILITATOR_ONLY("clinic.refused.facilitatorOnly"),
    ALREADY_STARTED("clinic.refused.alreadyStarted"),
    NOT_STARTED("clinic.refused.notStarted"),
    ALREADY_ENDED("clinic.refused.alreadyEnded"),
    NO_PREVIOUS_STEP("clinic.refused.noPreviousStep"),
    SHARING_NOT_NEXT("clinic.refused.sharingNotNext"),
    SHORTEN_BELOW_ONE_MINUTE("clinic.refused.shortenBelowOneMinute"),
    AGENDA_FIXED_ONCE_STARTED("clinic.refused.agendaFixedOnceStarted"),

    // Posting: what each step is for
    NOT_RUNNING("clinic.refused.notRunning"),
    CONTEXT_IS_FOR_FRAMING("clinic.refused.contextIsForFraming"),
    UNDERSTANDING_IS_FOR_QUESTIONS("clinic.refused.understandingIsForQuestions"),
    /** The seed's own words: its hint for the Understanding step says why advice must wait. */
    ADVICE_IN_UNDERSTANDING(Step.UNDERSTANDING.hintKey()),
    SHARING_IS_FOR_STORIES("clinic.refused.sharingIsForStories"),
    ADVICE_IS_FOR_ADVICE_AND_COMMENTS("clinic.refused.adviceIsForAdviceAndComments"),
    PRESENTER_LISTENS_DURING_ADVICE("clinic.refused.presenterListensDuringAdvice"),
    SUMMARY_IS_FOR_TAKEAWAYS("clinic.refused.summaryIsForTakeaways"),
    ANSWER_NEEDS_QUESTION("clinic.refused.answerNeedsQuestion"),
    COMMENT_NEEDS_ADVICE("clinic.refused.commentNeedsAdvice"),
    REPLY_NOT_EXPECTED("clinic.refused.replyNotExpected"),

    // The speaking queue
    ONLY_MEMBERS_RAISE_HANDS("clinic.refused.onlyMembersRaiseHands"),
    NOT_IN_QUEUE("clinic.refused.notInQueue"),

    // The case
    CASE_NOT_EDITABLE("clinic.refused.caseNotEditable"),
    QUESTION_NOT_PRECISE("clinic.refused.questionNotPrecise"),
    CASE_NOT_DRAFT("clinic.refused.caseNotDraft"),
    CASE_NOT_READY("clinic.refused.caseNotReady"),
    CASE_NOT_OPEN_TO_EXPERIENCES("clinic.refused.caseNotOpenToExperiences"),
    PRESENTER_OWN_EXPERIENCE("clinic.refused.presenterOwnExperience"),
    CASE_NOT_SCHEDULED("clinic.refused.caseNotScheduled"),
    SUMMARY_NOT_REACHED("clinic.refused.summaryNotReached"),
    SUMMARY_ALREADY_SAVED("clinic.refused.summaryAlreadySaved"),
    PRESENTER_ONLY("clinic.presenterOnly"),
    ADOPTED_ADVICE_UNKNOWN("clinic.refused.adoptedAdviceUnknown"),
    CASE_NOT_HELD("clinic.refused.caseNotHeld"),
    FOLLOW_UP_NOT_YET("clinic.refused.followUpNotYet"),
    NO_FOLLOW_UP_PENDING("clinic.refused.noFollowUpPending"),
    OUTCOMES_DO_NOT_MATCH_ADOPTED_ADVICE("clinic.refused.outcomesDoNotMatchAdoptedAdvice");

    private final String messageKey;

    Refusal(String messageKey) {
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }

    /** Refused for the asker's role in the room, whatever the state: no later moment would allow it. */
    public boolean isAboutRole() {
        return this == FACILITATOR_ONLY || this == ONLY_MEMBERS_RAISE_HANDS || this == PRESENTER_OWN_EXPERIENCE;
    }
}
