package org.convene.clinic.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.BEN;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.T0;
import static org.convene.clinic.session.Clinics.runningIn;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.convene.clinic.AdviceFeedback;
import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.CaseKind;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.FollowUpFiled;
import org.convene.clinic.Step;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.ContributionDraft;
import org.junit.jupiter.api.Test;

class ClinicCaseTest {

    private static final LocalDate SUMMARY_DAY = LocalDate.of(2026, 3, 2);
    private static final String PRECISE = "How can we keep new volunteers beyond their first month?";

    private static void assertRefused(ThrowingCallable action, Refusal refusal) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ClinicRuleException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    private static CaseContent content(String question) {
        return new CaseContent("Volunteers leave", "We are a food bank run by 40 volunteers.", question,
                CaseKind.CHALLENGE, SUMMARY_DAY.plusDays(20));
    }

    private static ClinicCase draft(String question) {
        return new ClinicCase(7, PRESENTER, content(question));
    }

    private static ClinicCase scheduled() {
        ClinicCase clinicCase = draft(PRECISE);
        clinicCase.markReady();
        clinicCase.schedule();
        return clinicCase;
    }

    /** A clinic in Summary: advice #1 by Ana, advice #2 by Ben, and #3, Ben's comment on #1. */
    private static ClinicSession clinicAtSummary() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        clinic.post(ANA, ContributionDraft.of(ContributionKind.ADVICE, "Give every newcomer a buddy."), T0);
        clinic.post(BEN, ContributionDraft.of(ContributionKind.ADVICE, "Hold a welcome evening."), T0);
        clinic.post(BEN, ContributionDraft.replyTo(1, ContributionKind.COMMENT, "Buddies worked for us."), T0);
        clinic.advance(FACILITATOR, clinic.stepRevision(), T0);
        return clinic;
    }

    private static ClinicCase held() {
        ClinicCase clinicCase = scheduled();
        clinicCase.hold(clinicAtSummary(), SUMMARY_DAY, Set.of(1L, 2L), null);
        return clinicCase;
    }

    @Test
    void shouldStartAsADraftEvenWithAnImpreciseQuestion() {
        ClinicCase clinicCase = draft("");

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void shouldBecomeReadyWithAPreciseQuestion() {
        ClinicCase clinicCase = draft(PRECISE);

        clinicCase.markReady();

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.READY);
    }

    @Test
    void shouldStayADraftAndSayWhatToImproveWhenTheQuestionIsNotPrecise() {
        ClinicCase clinicCase = draft("How do we recruit? And keep them?");

        assertThatThrownBy(clinicCase::markReady).isInstanceOfSatisfying(ClinicRuleException.class, e -> {
            assertThat(e.refusal()).isEqualTo(Refusal.QUESTION_NOT_PRECISE);
            assertThat(e.detailKeys()).containsExactly(QuestionCoach.SEVERAL_QUESTIONS);
        });
        assertThat(clinicCase.status()).isEqualTo(CaseStatus.DRAFT);
    }

    @Test
    void shouldRefuseAContextOverTheHardLimitEvenInADraft() {
        assertThatThrownBy(() -> new CaseContent("Title", "x".repeat(1_201), PRECISE, CaseKind.IDEA, null))
                .isInstanceOfSatisfying(InvalidCaseException.class, e -> {
                    assertThat(e.field()).isEqualTo("context");
                    assertThat(e.messageKey()).isEqualTo(ContextRule.TOO_LONG);
                });
        assertThatThrownBy(() -> new CaseContent(" ", "", PRECISE, CaseKind.IDEA, null))
                .isInstanceOf(InvalidCaseException.class);
    }

    @Test
    void shouldKeepAReadyCaseReadyOnlyWithAPreciseQuestion() {
        ClinicCase clinicCase = draft(PRECISE);
        clinicCase.markReady();

        assertRefused(() -> clinicCase.revise(content("Help!")), Refusal.QUESTION_NOT_PRECISE);
        clinicCase.revise(content("Who should own the onboarding of volunteers?"));

        assertThat(clinicCase.content().question()).isEqualTo("Who should own the onboarding of volunteers?");
    }

    @Test
    void shouldNotBeRevisedOnceScheduled() {
        assertRefused(() -> scheduled().revise(content(PRECISE)), Refusal.CASE_NOT_EDITABLE);
    }

    @Test
    void shouldCountMembersWithARelatedExperienceOnce() {
        ClinicCase clinicCase = draft(PRECISE);
        assertRefused(() -> clinicCase.markRelatedExperience(ANA), Refusal.CASE_NOT_OPEN_TO_EXPERIENCES);
        clinicCase.markReady();

        assertThat(clinicCase.markRelatedExperience(ANA)).isTrue();
        assertThat(clinicCase.markRelatedExperience(ANA)).isFalse();
        clinicCase.markRelatedExperience(BEN);
        clinicCase.schedule();
        assertThat(clinicCase.unmarkRelatedExperience(BEN)).isTrue();

        assertThat(clinicCase.relatedExperienceCount()).isEqualTo(1);
        assertThat(clinicCase.hasRelatedExperience(ANA)).isTrue();
        assertRefused(() -> clinicCase.markRelatedExperience(PRESENTER), Refusal.PRESENTER_OWN_EXPERIENCE);
    }

    @Test
    void shouldScheduleOnlyAReadyCase() {
        assertRefused(() -> draft(PRECISE).schedule(), Refusal.CASE_NOT_READY);
        assertRefused(() -> scheduled().schedule(), Refusal.CASE_NOT_READY);
        assertThat(scheduled().status()).isEqualTo(CaseStatus.SCHEDULED);
    }

    @Test
    void shouldBeHeldAtTheSummaryWithAFollowUpSixWeeksLater() {
        ClinicCase clinicCase = held();

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.HELD);
        assertThat(clinicCase.heldOn()).contains(SUMMARY_DAY);
        assertThat(clinicCase.followUpOn()).contains(LocalDate.of(2026, 4, 13));
        assertThat(clinicCase.adoptedAdviceIds()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void shouldTakeTheFollowUpDateThePresenterChose() {
        ClinicCase clinicCase = scheduled();

        clinicCase.hold(clinicAtSummary(), SUMMARY_DAY, Set.of(), SUMMARY_DAY.plusMonths(3));

        assertThat(clinicCase.followUpOn()).contains(SUMMARY_DAY.plusMonths(3));
    }

    @Test
    void shouldRefuseAFollowUpNotAfterTheSummary() {
        ClinicCase clinicCase = scheduled();

        assertThatThrownBy(() -> clinicCase.hold(clinicAtSummary(), SUMMARY_DAY, Set.of(), SUMMARY_DAY))
                .isInstanceOf(InvalidCaseException.class);
        assertThat(clinicCase.status()).isEqualTo(CaseStatus.SCHEDULED);
    }

    @Test
    void shouldNotBeHeldBeforeTheClinicReachesItsSummary() {
        ClinicCase clinicCase = scheduled();

        assertRefused(() -> clinicCase.hold(runningIn(Step.ADVICE), SUMMARY_DAY, Set.of(), null),
                Refusal.SUMMARY_NOT_REACHED);
        assertRefused(() -> draft(PRECISE).hold(clinicAtSummary(), SUMMARY_DAY, Set.of(), null),
                Refusal.CASE_NOT_SCHEDULED);
    }

    @Test
    void shouldAwaitTheSummaryWhenTheClinicEndsBeforeThePresenterSummedUp() {
        ClinicCase clinicCase = scheduled();

        assertThat(clinicCase.clinicEnded()).isTrue();

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.AWAITING_SUMMARY);
        assertThat(clinicCase.heldOn()).isEmpty();
    }

    @Test
    void shouldStayHeldWhenTheClinicEndsAfterTheSummary() {
        ClinicCase clinicCase = held();

        assertThat(clinicCase.clinicEnded()).isFalse();

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.HELD);
        assertRefused(() -> draft(PRECISE).clinicEnded(), Refusal.CASE_NOT_SCHEDULED);
    }

    @Test
    void shouldBeHeldWhenThePresenterSumsUpAfterAClinicEndedBeforeItsSummary() {
        ClinicSession endedInAdvice = runningIn(Step.ADVICE);
        endedInAdvice.post(ANA, ContributionDraft.of(ContributionKind.ADVICE, "Give every newcomer a buddy."), T0);
        endedInAdvice.end(FACILITATOR, endedInAdvice.stepRevision(), T0);
        ClinicCase clinicCase = scheduled();
        clinicCase.clinicEnded();

        clinicCase.hold(endedInAdvice, SUMMARY_DAY.plusDays(2), Set.of(1L), null);

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.HELD);
        assertThat(clinicCase.heldOn()).contains(SUMMARY_DAY.plusDays(2));
        assertThat(clinicCase.followUpOn()).contains(SUMMARY_DAY.plusDays(2).plus(ClinicCase.FOLLOW_UP_AFTER));
        assertThat(clinicCase.adoptedAdvice()).containsExactly(java.util.Map.entry(1L, ANA));
    }

    @Test
    void shouldBeSummarisedOnlyOnce() {
        ClinicCase clinicCase = held();

        assertRefused(() -> clinicCase.hold(clinicAtSummary(), SUMMARY_DAY, Set.of(), null),
                Refusal.SUMMARY_ALREADY_SAVED);
        assertThat(clinicCase.adoptedAdviceIds()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void shouldAdoptOnlyAdviceGivenInTheClinic() {
        ClinicCase clinicCase = scheduled();

        assertRefused(() -> clinicCase.hold(clinicAtSummary(), SUMMARY_DAY, Set.of(3L), null),
                Refusal.ADOPTED_ADVICE_UNKNOWN);
        assertRefused(() -> clinicCase.hold(clinicAtSummary(), SUMMARY_DAY, Set.of(9L), null),
                Refusal.ADOPTED_ADVICE_UNKNOWN);
    }

    @Test
    void shouldFallDueOnTheFollowUpDate() {
        ClinicCase clinicCase = held();
        LocalDate followUp = clinicCase.followUpOn().orElseThrow();

        assertThat(clinicCase.isFollowUpDue(followUp.minusDays(1))).isFalse();
        assertRefused(() -> clinicCase.followUpDue(followUp.minusDays(1)), Refusal.FOLLOW_UP_NOT_YET);
        assertThat(clinicCase.isFollowUpDue(followUp)).isTrue();

        clinicCase.followUpDue(followUp);

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.FOLLOW_UP_DUE);
        assertThat(clinicCase.isFollowUpDue(followUp.plusDays(1))).as("already due").isFalse();
        assertRefused(() -> clinicCase.followUpDue(followUp), Refusal.CASE_NOT_HELD);
    }

    @Test
    void shouldCloseWithAReportAndTellEachAdviserHowTheirAdviceWorkedOut() {
        ClinicCase clinicCase = held();
        clinicCase.followUpDue(clinicCase.followUpOn().orElseThrow());
        FollowUpReport report = new FollowUpReport("Twelve of fifteen newcomers stayed.", List.of(
                new AdviceVerdict(1, AdviceOutcome.WORKED, "Buddies made the difference."),
                new AdviceVerdict(2, AdviceOutcome.NOT_TRIED, "")));

        FollowUpFiled filed = clinicCase.close(report, 99, T0);

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(clinicCase.report()).contains(report);
        assertThat(filed.caseId()).isEqualTo(7);
        assertThat(filed.communityId()).isEqualTo(99);
        assertThat(filed.presenterId()).isEqualTo(PRESENTER);
        assertThat(filed.feedback()).containsExactly(
                new AdviceFeedback(1, ANA, AdviceOutcome.WORKED, "Buddies made the difference."),
                new AdviceFeedback(2, BEN, AdviceOutcome.NOT_TRIED, ""));
    }

    @Test
    void shouldAcceptAReportFiledBeforeTheFollowUpDate() {
        ClinicCase clinicCase = held();

        clinicCase.close(new FollowUpReport("It went well.", List.of(
                new AdviceVerdict(1, AdviceOutcome.PARTLY, ""),
                new AdviceVerdict(2, AdviceOutcome.DID_NOT_WORK, "Nobody came."))), 99, T0);

        assertThat(clinicCase.status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void shouldAskForExactlyOneVerdictPerAdoptedAdvice() {
        ClinicCase clinicCase = held();

        assertRefused(() -> clinicCase.close(new FollowUpReport("Done.",
                List.of(new AdviceVerdict(1, AdviceOutcome.WORKED, ""))), 99, T0),
                Refusal.OUTCOMES_DO_NOT_MATCH_ADOPTED_ADVICE);
        assertRefused(() -> clinicCase.close(new FollowUpReport("Done.", List.of(
                new AdviceVerdict(1, AdviceOutcome.WORKED, ""),
                new AdviceVerdict(2, AdviceOutcome.WORKED, ""),
                new AdviceVerdict(3, AdviceOutcome.WORKED, ""))), 99, T0),
                Refusal.OUTCOMES_DO_NOT_MATCH_ADOPTED_ADVICE);
        assertThatThrownBy(() -> new FollowUpReport("Done.", List.of(
                new AdviceVerdict(1, AdviceOutcome.WORKED, ""), new AdviceVerdict(1, AdviceOutcome.PARTLY, ""))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(clinicCase.status()).isEqualTo(CaseStatus.HELD);
    }

    @Test
    void shouldCloseOnlyOnce() {
        ClinicCase clinicCase = held();
        FollowUpReport report = new FollowUpReport("Done.", List.of(
                new AdviceVerdict(1, AdviceOutcome.WORKED, ""), new AdviceVerdict(2, AdviceOutcome.WORKED, "")));
        clinicCase.close(report, 99, T0);

        assertRefused(() -> clinicCase.close(report, 99, T0), Refusal.NO_FOLLOW_UP_PENDING);
        assertRefused(() -> scheduled().close(report, 99, T0), Refusal.NO_FOLLOW_UP_PENDING);
    }

    @Test
    void shouldDefaultTheFollowUpToSixWeeksAfterTheSummary() {
        assertThat(ClinicCase.defaultFollowUp(LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 12));
    }
}
