package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.BEN;
import static org.convene.clinic.session.Clinics.CLINIC_ID;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.T0;
import static org.convene.clinic.session.Clinics.runningIn;
import static org.convene.clinic.session.Clinics.scheduled;
import static org.convene.clinic.ContributionKind.ADVICE;
import static org.convene.clinic.ContributionKind.ANSWER;
import static org.convene.clinic.ContributionKind.COMMENT;
import static org.convene.clinic.ContributionKind.FRAMING;
import static org.convene.clinic.ContributionKind.QUESTION;
import static org.convene.clinic.ContributionKind.STORY;
import static org.convene.clinic.ContributionKind.TAKEAWAY;

import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.convene.clinic.AdviceStory;
import org.convene.clinic.ClinicEvent;
import org.convene.clinic.Contribution;
import org.convene.clinic.ContributionPosted;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.junit.jupiter.api.Test;

class ClinicSessionPostingTest {

    private static void assertRefused(ThrowingCallable action, Refusal refusal) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ClinicRuleException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    private static long idOf(List<ClinicEvent> events) {
        return ((ContributionPosted) events.get(0)).contribution().id();
    }

    @Test
    void shouldPostTheFramingDuringContext() {
        ClinicSession clinic = runningIn(Step.CONTEXT);

        List<ClinicEvent> events = clinic.post(PRESENTER,
                ContributionDraft.of(FRAMING, "  We lose half our volunteers after the first month.  "), T0);

        Contribution framing = new Contribution(1, Step.CONTEXT, PRESENTER, RoomRole.PRESENTER, FRAMING,
                "We lose half our volunteers after the first month.", null, null, T0);
        assertThat(events).containsExactly(new ContributionPosted(CLINIC_ID, clinic.revision(), T0, framing));
        assertThat(clinic.contributions()).containsExactly(framing);
        assertThat(clinic.contribution(1)).contains(framing);
        assertThat(clinic.contribution(2)).isEmpty();
    }

    @Test
    void shouldRefusePostsBeforeTheStartAndAfterTheEnd() {
        ClinicSession clinic = scheduled();
        assertRefused(() -> clinic.post(PRESENTER, ContributionDraft.of(FRAMING, "Our challenge"), T0),
                Refusal.NOT_RUNNING);

        ClinicSession ended = runningIn(Step.SUMMARY);
        ended.end(FACILITATOR, ended.stepRevision(), T0);
        assertRefused(() -> ended.post(PRESENTER, ContributionDraft.of(TAKEAWAY, "One more thing"), T0),
                Refusal.NOT_RUNNING);
    }

    @Test
    void shouldThreadThePresentersAnswerUnderAQuestion() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        long question = idOf(clinic.post(ANA, ContributionDraft.of(QUESTION, "How do you welcome them?"), T0));

        clinic.post(PRESENTER, ContributionDraft.replyTo(question, ANSWER, "With a group email."), T0);

        assertThat(clinic.contributions()).last().satisfies(answer -> {
            assertThat(answer.replyTo()).isEqualTo(question);
            assertThat(answer.role()).isEqualTo(RoomRole.PRESENTER);
        });
    }

    @Test
    void shouldRefuseAnAnswerThatDoesNotReplyToAQuestion() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        long question = idOf(clinic.post(ANA, ContributionDraft.of(QUESTION, "How do you welcome them?"), T0));
        long answer = idOf(clinic.post(PRESENTER, ContributionDraft.replyTo(question, ANSWER, "By email."), T0));

        assertRefused(() -> clinic.post(PRESENTER, ContributionDraft.of(ANSWER, "Nobody asked, but..."), T0),
                Refusal.ANSWER_NEEDS_QUESTION);
        assertRefused(() -> clinic.post(PRESENTER, ContributionDraft.replyTo(answer, ANSWER, "And also..."), T0),
                Refusal.ANSWER_NEEDS_QUESTION);
        assertRefused(() -> clinic.post(PRESENTER, ContributionDraft.replyTo(99, ANSWER, "Lost"), T0),
                Refusal.ANSWER_NEEDS_QUESTION);
    }

    @Test
    void shouldRefuseAdviceDuringUnderstandingWithTheSeedsHint() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);

        assertThatThrownBy(() -> clinic.post(BEN, ContributionDraft.of(ADVICE, "You should call them."), T0))
                .isInstanceOfSatisfying(ClinicRuleException.class,
                        e -> assertThat(e.refusal().messageKey()).isEqualTo("clinic.step.understanding.hint"));
        assertThat(clinic.contributions()).isEmpty();
        assertThat(clinic.domainEvents()).isEmpty();
    }

    @Test
    void shouldTakeStoriesDuringSharing() {
        ClinicSession clinic = runningIn(Step.SHARING);

        clinic.post(ANA, ContributionDraft.of(STORY, "Our choir had the same problem."), T0);

        assertRefused(() -> clinic.post(PRESENTER, ContributionDraft.of(STORY, "Mine too"), T0),
                Refusal.SHARING_IS_FOR_STORIES);
        assertThat(clinic.contributions()).extracting(Contribution::kind).containsExactly(STORY);
    }

    @Test
    void shouldTakeAdviceToldAsAStoryAndCommentsOnIt() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        AdviceStory story = new AdviceStory("New volunteers left quickly", "I paired each with a buddy",
                "Most stayed a year");

        long advice = idOf(clinic.post(ANA,
                new ContributionDraft(ADVICE, "Give every newcomer a buddy.", null, story), T0));
        clinic.post(BEN, ContributionDraft.replyTo(advice, COMMENT, "Buddies worked for us too."), T0);
        clinic.post(FACILITATOR, ContributionDraft.replyTo(advice, COMMENT, "Who picks the buddies?"), T0);
        clinic.post(PRESENTER, ContributionDraft.replyTo(advice, COMMENT, "We tried, nobody volunteered."), T0);

        assertThat(clinic.contribution(advice)).hasValueSatisfying(a -> assertThat(a.story()).isEqualTo(story));
        assertThat(clinic.contributions()).extracting(Contribution::replyTo).containsExactly(null, advice, advice,
                advice);
    }

    @Test
    void shouldRefuseACommentNotOnAdvice() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        long advice = idOf(clinic.post(ANA, ContributionDraft.of(ADVICE, "Give every newcomer a buddy."), T0));
        long comment = idOf(clinic.post(BEN, ContributionDraft.replyTo(advice, COMMENT, "Agreed."), T0));

        assertRefused(() -> clinic.post(BEN, ContributionDraft.of(COMMENT, "In general..."), T0),
                Refusal.COMMENT_NEEDS_ADVICE);
        assertRefused(() -> clinic.post(ANA, ContributionDraft.replyTo(comment, COMMENT, "Thanks"), T0),
                Refusal.COMMENT_NEEDS_ADVICE);
    }

    @Test
    void shouldRefuseAReplyWhereNoneIsExpected() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        long advice = idOf(clinic.post(ANA, ContributionDraft.of(ADVICE, "Give every newcomer a buddy."), T0));

        assertRefused(() -> clinic.post(BEN, ContributionDraft.replyTo(advice, ADVICE, "Better: two buddies."), T0),
                Refusal.REPLY_NOT_EXPECTED);
    }

    @Test
    void shouldKeepThePresenterSilentDuringAdviceInTheDelayedResponseVariation() {
        ClinicSession clinic = runningIn(Step.ADVICE, Variation.DELAYED_RESPONSE);
        long advice = idOf(clinic.post(ANA, ContributionDraft.of(ADVICE, "Give every newcomer a buddy."), T0));
        clinic.post(BEN, ContributionDraft.replyTo(advice, COMMENT, "Buddies worked for us too."), T0);

        assertRefused(() -> clinic.post(PRESENTER, ContributionDraft.replyTo(advice, COMMENT, "We tried."), T0),
                Refusal.PRESENTER_LISTENS_DURING_ADVICE);

        clinic.advance(FACILITATOR, clinic.stepRevision(), T0);
        clinic.post(PRESENTER, ContributionDraft.of(TAKEAWAY, "I will try buddies again."), T0);
        assertThat(clinic.contributions()).extracting(Contribution::authorId).containsExactly(ANA, BEN, PRESENTER);
    }

    @Test
    void shouldLetOnlyThePresenterPostTakeawaysDuringSummary() {
        ClinicSession clinic = runningIn(Step.SUMMARY);

        clinic.post(PRESENTER, ContributionDraft.of(TAKEAWAY, "Buddies, and a welcome evening."), T0);

        assertRefused(() -> clinic.post(ANA, ContributionDraft.of(COMMENT, "Good luck!"), T0),
                Refusal.SUMMARY_IS_FOR_TAKEAWAYS);
        assertRefused(() -> clinic.post(FACILITATOR, ContributionDraft.of(TAKEAWAY, "Mine"), T0),
                Refusal.SUMMARY_IS_FOR_TAKEAWAYS);
    }

    @Test
    void shouldRefuseBlankOrOverlongTextAndStoriesOnAnythingButAdvice() {
        assertThatThrownBy(() -> ContributionDraft.of(QUESTION, " \n ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContributionDraft.of(QUESTION, "x".repeat(ContributionDraft.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        AdviceStory story = new AdviceStory("a", "b", "c");
        assertThatThrownBy(() -> new ContributionDraft(STORY, "text", null, story))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdviceStory("situation", " ", "happened"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldCountLineBreaksAsTheBrowserDoes() {
        String twoThousandWithCrLf = "x".repeat(ContributionDraft.MAX_LENGTH - 1) + "\r\n" + "y";

        assertThatThrownBy(() -> ContributionDraft.of(STORY, twoThousandWithCrLf + "z"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ContributionDraft.of(STORY, "x".repeat(ContributionDraft.MAX_LENGTH - 2) + "\r\ny").text())
                .hasSize(ContributionDraft.MAX_LENGTH);
    }
}
