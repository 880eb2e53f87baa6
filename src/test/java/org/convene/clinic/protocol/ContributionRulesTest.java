package org.convene.clinic.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.convene.clinic.ContributionKind.ADVICE;
import static org.convene.clinic.ContributionKind.ANSWER;
import static org.convene.clinic.ContributionKind.COMMENT;
import static org.convene.clinic.ContributionKind.FRAMING;
import static org.convene.clinic.ContributionKind.QUESTION;
import static org.convene.clinic.ContributionKind.STORY;
import static org.convene.clinic.ContributionKind.TAKEAWAY;
import static org.convene.clinic.RoomRole.FACILITATOR;
import static org.convene.clinic.RoomRole.MEMBER;
import static org.convene.clinic.RoomRole.PRESENTER;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.convene.clinic.ContributionKind;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContributionRulesTest {

    /** The whole table: what each role may post in each step of the standard protocol. */
    private static Set<ContributionKind> allowed(Step step, RoomRole role) {
        return switch (step) {
            case CONTEXT -> role == PRESENTER ? EnumSet.of(FRAMING) : EnumSet.noneOf(ContributionKind.class);
            case UNDERSTANDING -> role == PRESENTER ? EnumSet.of(ANSWER) : EnumSet.of(QUESTION);
            case SHARING -> role == PRESENTER ? EnumSet.noneOf(ContributionKind.class) : EnumSet.of(STORY);
            case ADVICE -> role == PRESENTER ? EnumSet.of(COMMENT) : EnumSet.of(ADVICE, COMMENT);
            case SUMMARY -> role == PRESENTER ? EnumSet.of(TAKEAWAY) : EnumSet.noneOf(ContributionKind.class);
        };
    }

    @Test
    void shouldFollowTheProtocolTableForEveryStepRoleAndKind() {
        for (Step step : Step.values()) {
            for (RoomRole role : RoomRole.values()) {
                for (ContributionKind kind : ContributionKind.values()) {
                    Optional<Refusal> refusal = ContributionRules.check(step, Variation.STANDARD, role, kind);
                    assertThat(refusal.isEmpty()).as("%s by %s in %s", kind, role, step)
                            .isEqualTo(allowed(step, role).contains(kind));
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(RoomRole.class)
    void shouldRefuseAdviceDuringUnderstandingWithTheSeedsHintWhoeverOffersIt(RoomRole role) {
        Optional<Refusal> refusal = ContributionRules.check(Step.UNDERSTANDING, Variation.STANDARD, role, ADVICE);

        assertThat(refusal).contains(Refusal.ADVICE_IN_UNDERSTANDING);
        assertThat(refusal.get().messageKey()).isEqualTo("clinic.step.understanding.hint");
    }

    @Test
    void shouldLetThePresenterOnlyFrameTheChallengeDuringContext() {
        assertThat(ContributionRules.check(Step.CONTEXT, Variation.STANDARD, PRESENTER, FRAMING)).isEmpty();
        assertThat(ContributionRules.check(Step.CONTEXT, Variation.STANDARD, MEMBER, QUESTION))
                .contains(Refusal.CONTEXT_IS_FOR_FRAMING);
        assertThat(ContributionRules.check(Step.CONTEXT, Variation.STANDARD, FACILITATOR, FRAMING))
                .contains(Refusal.CONTEXT_IS_FOR_FRAMING);
    }

    @Test
    void shouldExplainEachStepWhenRefusingAKindItDoesNotTake() {
        assertThat(ContributionRules.check(Step.UNDERSTANDING, Variation.STANDARD, MEMBER, STORY))
                .contains(Refusal.UNDERSTANDING_IS_FOR_QUESTIONS);
        assertThat(ContributionRules.check(Step.UNDERSTANDING, Variation.STANDARD, MEMBER, ANSWER))
                .as("only the presenter answers").contains(Refusal.UNDERSTANDING_IS_FOR_QUESTIONS);
        assertThat(ContributionRules.check(Step.SHARING, Variation.STANDARD, MEMBER, ADVICE))
                .contains(Refusal.SHARING_IS_FOR_STORIES);
        assertThat(ContributionRules.check(Step.ADVICE, Variation.STANDARD, MEMBER, QUESTION))
                .contains(Refusal.ADVICE_IS_FOR_ADVICE_AND_COMMENTS);
        assertThat(ContributionRules.check(Step.ADVICE, Variation.STANDARD, PRESENTER, ADVICE))
                .contains(Refusal.ADVICE_IS_FOR_ADVICE_AND_COMMENTS);
        assertThat(ContributionRules.check(Step.SUMMARY, Variation.STANDARD, MEMBER, TAKEAWAY))
                .contains(Refusal.SUMMARY_IS_FOR_TAKEAWAYS);
    }

    @ParameterizedTest
    @EnumSource(ContributionKind.class)
    void shouldKeepThePresenterSilentDuringAdviceInTheDelayedResponseVariation(ContributionKind kind) {
        assertThat(ContributionRules.check(Step.ADVICE, Variation.DELAYED_RESPONSE, PRESENTER, kind))
                .contains(Refusal.PRESENTER_LISTENS_DURING_ADVICE);
    }

    @Test
    void shouldLetThePresenterSpeakAgainOnceAdviceIsOverInTheDelayedResponseVariation() {
        assertThat(ContributionRules.check(Step.SUMMARY, Variation.DELAYED_RESPONSE, PRESENTER, TAKEAWAY)).isEmpty();
        assertThat(ContributionRules.check(Step.UNDERSTANDING, Variation.DELAYED_RESPONSE, PRESENTER, ANSWER))
                .as("the variation only concerns advice").isEmpty();
    }

    @Test
    void shouldLetMembersGiveAndDiscussAdviceInTheDelayedResponseVariation() {
        assertThat(ContributionRules.check(Step.ADVICE, Variation.DELAYED_RESPONSE, MEMBER, ADVICE)).isEmpty();
        assertThat(ContributionRules.check(Step.ADVICE, Variation.DELAYED_RESPONSE, FACILITATOR, COMMENT)).isEmpty();
    }

    @Test
    void shouldThreadAnswersUnderQuestionsAndCommentsUnderAdvice() {
        assertThat(ContributionRules.requiredParent(ANSWER)).contains(QUESTION);
        assertThat(ContributionRules.requiredParent(COMMENT)).contains(ADVICE);
        for (ContributionKind kind : EnumSet.complementOf(EnumSet.of(ANSWER, COMMENT))) {
            assertThat(ContributionRules.requiredParent(kind)).as(kind.name()).isEmpty();
        }
    }
}
