package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.CLINIC_ID;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.T0;
import static org.convene.clinic.session.Clinics.minutesAfterStart;
import static org.convene.clinic.session.Clinics.runningIn;
import static org.convene.clinic.session.Clinics.scheduled;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.convene.clinic.AgendaAdjusted;
import org.convene.clinic.ClinicEnded;
import org.convene.clinic.ClinicEvent;
import org.convene.clinic.ClinicStarted;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.StepExtended;
import org.convene.clinic.StepResumed;
import org.convene.clinic.StepShortened;
import org.convene.clinic.StepSkipped;
import org.convene.clinic.StepStarted;
import org.convene.clinic.Variation;
import org.convene.clinic.protocol.AgendaPlanner;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.convene.clinic.session.Clinics;
import org.junit.jupiter.api.Test;

class ClinicSessionControlTest {

    private static void assertRefused(ThrowingCallable action, Refusal refusal) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ClinicRuleException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void shouldWaitUntilTheFacilitatorStarts() {
        ClinicSession clinic = scheduled();

        assertThat(clinic.state()).isEqualTo(ClinicState.NOT_STARTED);
        assertThat(clinic.currentStep()).isEmpty();
        assertThat(clinic.remaining(T0)).isEmpty();
        assertThat(clinic.revision()).isZero();
    }

    @Test
    void shouldStartWithContextAndAServerOwnedDeadline() {
        ClinicSession clinic = scheduled();

        List<ClinicEvent> events = clinic.start(FACILITATOR, 0, T0);

        Instant deadline = T0.plus(Duration.ofMinutes(10));
        assertThat(events).containsExactly(
                new ClinicStarted(CLINIC_ID, 1, T0, Variation.STANDARD, 60),
                new StepStarted(CLINIC_ID, 2, T0, Step.CONTEXT, 10, deadline, 1));
        assertThat(clinic.state()).isEqualTo(ClinicState.RUNNING);
        assertThat(clinic.currentStep()).contains(Step.CONTEXT);
        assertThat(clinic.deadline()).contains(deadline);
        assertThat(clinic.domainEvents()).isEqualTo(events);
        assertThat(clinic.revision()).isEqualTo(2);
        assertThat(clinic.stepRevision()).isEqualTo(1);
    }

    @Test
    void shouldRunTheFiveStepsInOrderWithTheirPlannedLengths() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, clinic.stepRevision(), T0);

        Instant now = T0;
        for (Step expected : List.of(Step.UNDERSTANDING, Step.SHARING, Step.ADVICE, Step.SUMMARY)) {
            now = now.plus(Duration.ofMinutes(7));
            List<ClinicEvent> events = clinic.advance(FACILITATOR, clinic.stepRevision(), now);

            assertThat(events).singleElement().isInstanceOfSatisfying(StepStarted.class, started -> {
                assertThat(started.step()).isEqualTo(expected);
                assertThat(started.plannedMinutes()).isEqualTo(clinic.agenda().minutes(expected));
                assertThat(started.stepRevision()).isEqualTo(clinic.stepRevision());
            });
            assertThat(clinic.currentStep()).contains(expected);
        }
        assertThat(clinic.furthestStep()).contains(Step.SUMMARY);
    }

    @Test
    void shouldEndWhenAdvancingFromSummary() {
        ClinicSession clinic = runningIn(Step.SUMMARY);
        Instant now = minutesAfterStart(30);

        List<ClinicEvent> events = clinic.advance(FACILITATOR, clinic.stepRevision(), now);

        assertThat(events).containsExactly(new ClinicEnded(CLINIC_ID, clinic.revision(), now, Step.SUMMARY, true));
        assertThat(clinic.state()).isEqualTo(ClinicState.ENDED);
        assertThat(clinic.currentStep()).isEmpty();
        assertThat(clinic.furthestStep()).contains(Step.SUMMARY);
    }

    @Test
    void shouldShowOvertimeAsNegativeRemainingTimeWithoutEndingTheStep() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);

        assertThat(clinic.remaining(minutesAfterStart(4))).contains(Duration.ofMinutes(6));
        assertThat(clinic.remaining(minutesAfterStart(12.5))).contains(Duration.ofSeconds(-150));
        assertThat(clinic.currentStep()).contains(Step.CONTEXT);
    }

    @Test
    void shouldLetOnlyTheFacilitatorControlTheClinic() {
        ClinicSession clinic = scheduled();
        assertRefused(() -> clinic.start(PRESENTER, 0, T0), Refusal.FACILITATOR_ONLY);
        assertRefused(() -> clinic.start(ANA, 0, T0), Refusal.FACILITATOR_ONLY);

        clinic.start(FACILITATOR, 0, T0);
        long revision = clinic.stepRevision();
        assertRefused(() -> clinic.advance(ANA, revision, T0), Refusal.FACILITATOR_ONLY);
        assertRefused(() -> clinic.extend(PRESENTER, revision, 5, T0), Refusal.FACILITATOR_ONLY);
        assertRefused(() -> clinic.shorten(ANA, revision, 1, T0), Refusal.FACILITATOR_ONLY);
        assertRefused(() -> clinic.back(ANA, revision, T0), Refusal.FACILITATOR_ONLY);
        assertRefused(() -> clinic.skipSharing(ANA, revision, T0), Refusal.FACILITATOR_ONLY);
        assertRefused(() -> clinic.end(PRESENTER, revision, T0), Refusal.FACILITATOR_ONLY);
        assertThat(clinic.currentStep()).contains(Step.CONTEXT);
    }

    @Test
    void shouldMakeTwoRacingAdvancesOneChange() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        long seen = clinic.stepRevision();

        List<ClinicEvent> first = clinic.advance(FACILITATOR, seen, minutesAfterStart(20));
        List<ClinicEvent> second = clinic.advance(FACILITATOR, seen, minutesAfterStart(20));

        assertThat(first).hasSize(1);
        assertThat(second).as("stale: ignored").isEmpty();
        assertThat(clinic.currentStep()).contains(Step.SHARING);
        assertThat(clinic.domainEvents()).hasSize(1);
    }

    @Test
    void shouldMakeTwoRacingExtensionsOneChange() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        Instant deadline = clinic.deadline().orElseThrow();
        long seen = clinic.stepRevision();

        clinic.extend(FACILITATOR, seen, 5, minutesAfterStart(10));
        clinic.extend(FACILITATOR, seen, 5, minutesAfterStart(10));

        assertThat(clinic.deadline()).contains(deadline.plus(Duration.ofMinutes(5)));
    }

    @Test
    void shouldNotLetPostsOrHandsMakeTheFacilitatorsClickStale() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        long seen = clinic.stepRevision();
        clinic.post(ANA, ContributionDraft.of(ContributionKind.QUESTION, "Who decided the deadline?"), T0);
        clinic.raiseHand(Clinics.BEN, T0);

        assertThat(clinic.advance(FACILITATOR, seen, minutesAfterStart(20))).hasSize(1);
        assertThat(clinic.currentStep()).contains(Step.SHARING);
    }

    @Test
    void shouldIgnoreAStaleStartOrEnd() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);
        assertThat(clinic.start(FACILITATOR, 0, T0)).isEmpty();

        long seen = clinic.stepRevision();
        clinic.end(FACILITATOR, seen, minutesAfterStart(5));
        assertThat(clinic.end(FACILITATOR, seen, minutesAfterStart(5))).isEmpty();
        assertThat(clinic.domainEvents()).filteredOn(ClinicEnded.class::isInstance).hasSize(1);
    }

    @Test
    void shouldRefuseACurrentCommandThatTheStateDoesNotAllow() {
        ClinicSession notStarted = scheduled();
        assertRefused(() -> notStarted.advance(FACILITATOR, 0, T0), Refusal.NOT_STARTED);
        assertRefused(() -> notStarted.end(FACILITATOR, 0, T0), Refusal.NOT_STARTED);

        ClinicSession ended = runningIn(Step.ADVICE);
        ended.end(FACILITATOR, ended.stepRevision(), T0);
        long revision = ended.stepRevision();
        assertRefused(() -> ended.start(FACILITATOR, revision, T0), Refusal.ALREADY_ENDED);
        assertRefused(() -> ended.advance(FACILITATOR, revision, T0), Refusal.ALREADY_ENDED);
        assertRefused(() -> ended.extend(FACILITATOR, revision, 5, T0), Refusal.ALREADY_ENDED);
    }

    @Test
    void shouldExtendTheCurrentStepsDeadline() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        Instant deadline = clinic.deadline().orElseThrow();
        Instant now = minutesAfterStart(15);

        List<ClinicEvent> events = clinic.extend(FACILITATOR, clinic.stepRevision(), 5, now);

        Instant extended = deadline.plus(Duration.ofMinutes(5));
        assertThat(events).containsExactly(
                new StepExtended(CLINIC_ID, clinic.revision(), now, Step.ADVICE, 5, extended, clinic.stepRevision()));
        assertThat(clinic.deadline()).contains(extended);
        assertThat(clinic.runningStep().orElseThrow().plannedMinutes()).isEqualTo(20);
    }

    @Test
    void shouldExtendAStepThatIsAlreadyOverTime() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);

        clinic.extend(FACILITATOR, clinic.stepRevision(), 1, minutesAfterStart(13));

        assertThat(clinic.remaining(minutesAfterStart(13))).contains(Duration.ofMinutes(-2));
    }

    @Test
    void shouldRefuseAnExtensionOutsideOneToSixtyMinutes() {
        ClinicSession clinic = runningIn(Step.ADVICE);

        assertThatThrownBy(() -> clinic.extend(FACILITATOR, clinic.stepRevision(), 0, T0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> clinic.extend(FACILITATOR, clinic.stepRevision(), 61, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldShortenTheCurrentStepDownToOneMinuteLeft() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);
        Instant now = minutesAfterStart(4);

        List<ClinicEvent> events = clinic.shorten(FACILITATOR, clinic.stepRevision(), 5, now);

        assertThat(events).containsExactly(new StepShortened(CLINIC_ID, clinic.revision(), now, Step.CONTEXT, 5,
                minutesAfterStart(5), clinic.stepRevision()));
        assertThat(clinic.remaining(now)).contains(Duration.ofMinutes(1));
    }

    @Test
    void shouldRefuseToShortenBelowOneMinuteLeft() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);
        long revision = clinic.stepRevision();

        assertRefused(() -> clinic.shorten(FACILITATOR, revision, 6, minutesAfterStart(4)),
                Refusal.SHORTEN_BELOW_ONE_MINUTE);
        assertRefused(() -> clinic.shorten(FACILITATOR, revision, 1, minutesAfterStart(11)),
                Refusal.SHORTEN_BELOW_ONE_MINUTE);
        assertThat(clinic.deadline()).contains(minutesAfterStart(10));
        assertThatThrownBy(() -> clinic.shorten(FACILITATOR, revision, 0, T0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldSkipSharingFromUnderstanding() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        Instant now = minutesAfterStart(20);

        List<ClinicEvent> events = clinic.skipSharing(FACILITATOR, clinic.stepRevision(), now);

        assertThat(events).hasSize(2);
        assertThat(events.get(0)).isEqualTo(new StepSkipped(CLINIC_ID, clinic.revision() - 1, now, Step.SHARING));
        assertThat(events.get(1)).isInstanceOfSatisfying(StepStarted.class,
                started -> assertThat(started.step()).isEqualTo(Step.ADVICE));
        assertThat(clinic.currentStep()).contains(Step.ADVICE);
    }

    @Test
    void shouldCutSharingShortWhenSkippingDuringIt() {
        ClinicSession clinic = runningIn(Step.SHARING);

        clinic.skipSharing(FACILITATOR, clinic.stepRevision(), minutesAfterStart(25));

        assertThat(clinic.currentStep()).contains(Step.ADVICE);
    }

    @Test
    void shouldRefuseToSkipSharingWhenItIsNeitherNextNorCurrent() {
        for (Step step : List.of(Step.CONTEXT, Step.ADVICE, Step.SUMMARY)) {
            ClinicSession clinic = runningIn(step);
            assertRefused(() -> clinic.skipSharing(FACILITATOR, clinic.stepRevision(), T0), Refusal.SHARING_NOT_NEXT);
        }
    }

    @Test
    void shouldPassOverSharingPlannedForNoTime() {
        ClinicSession clinic = new ClinicSession(CLINIC_ID, PRESENTER, FACILITATOR, Variation.STANDARD,
                AgendaPlanner.plan(60, 0));
        clinic.start(FACILITATOR, 0, T0);
        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(13));

        List<ClinicEvent> events = clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(33));

        assertThat(events).hasSize(2).first().isInstanceOf(StepSkipped.class);
        assertThat(clinic.currentStep()).contains(Step.ADVICE);
        assertThat(clinic.remaining(minutesAfterStart(33))).contains(Duration.ofMinutes(20));
    }

    @Test
    void shouldGoBackToThePreviousStepWithTheTimeItHadLeft() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);
        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(8));
        // Understanding left at 8 + 5 = 13 with 10 minutes to go.
        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(13));
        Instant now = minutesAfterStart(14);

        List<ClinicEvent> events = clinic.back(FACILITATOR, clinic.stepRevision(), now);

        assertThat(events).containsExactly(new StepResumed(CLINIC_ID, clinic.revision(), now, Step.UNDERSTANDING,
                minutesAfterStart(24), clinic.stepRevision()));
        assertThat(clinic.remaining(now)).contains(Duration.ofMinutes(10));
        assertThat(clinic.furthestStep()).contains(Step.SHARING);
    }

    @Test
    void shouldKeepOvertimeWhenGoingBackToAStepLeftOverTime() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);
        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(12));

        clinic.back(FACILITATOR, clinic.stepRevision(), minutesAfterStart(13));

        assertThat(clinic.remaining(minutesAfterStart(13))).contains(Duration.ofMinutes(-2));
    }

    @Test
    void shouldGoBackSeveralStepsAndNotReturnToASkippedSharing() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        clinic.skipSharing(FACILITATOR, clinic.stepRevision(), minutesAfterStart(20));

        clinic.back(FACILITATOR, clinic.stepRevision(), minutesAfterStart(21));
        assertThat(clinic.currentStep()).contains(Step.UNDERSTANDING);
        clinic.back(FACILITATOR, clinic.stepRevision(), minutesAfterStart(21));
        assertThat(clinic.currentStep()).contains(Step.CONTEXT);
        assertRefused(() -> clinic.back(FACILITATOR, clinic.stepRevision(), minutesAfterStart(21)),
                Refusal.NO_PREVIOUS_STEP);
    }

    @Test
    void shouldStartAStepAfreshWhenAdvancingToItAgainAfterGoingBack() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        clinic.back(FACILITATOR, clinic.stepRevision(), minutesAfterStart(5));

        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(6));

        assertThat(clinic.remaining(minutesAfterStart(6))).contains(Duration.ofMinutes(15));
    }

    @Test
    void shouldEndEarlyWithoutReachingTheSummary() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        Instant now = minutesAfterStart(40);

        List<ClinicEvent> events = clinic.end(FACILITATOR, clinic.stepRevision(), now);

        assertThat(events).containsExactly(new ClinicEnded(CLINIC_ID, clinic.revision(), now, Step.ADVICE, false));
        assertThat(clinic.furthestStep()).contains(Step.ADVICE);
    }

    @Test
    void shouldRememberReachingTheSummaryAfterGoingBackFromIt() {
        ClinicSession clinic = runningIn(Step.SUMMARY);
        clinic.back(FACILITATOR, clinic.stepRevision(), minutesAfterStart(10));

        List<ClinicEvent> events = clinic.end(FACILITATOR, clinic.stepRevision(), minutesAfterStart(11));

        assertThat(events).singleElement().isInstanceOfSatisfying(ClinicEnded.class,
                ended -> assertThat(ended.summaryReached()).isTrue());
    }

    @Test
    void shouldNumberEventsWithoutGaps() {
        ClinicSession clinic = runningIn(Step.SUMMARY);
        clinic.end(FACILITATOR, clinic.stepRevision(), T0);
        ClinicSession fresh = scheduled();
        fresh.start(FACILITATOR, 0, T0);
        fresh.advance(FACILITATOR, fresh.stepRevision(), T0);
        fresh.skipSharing(FACILITATOR, fresh.stepRevision(), T0);

        assertThat(fresh.domainEvents()).extracting(ClinicEvent::revision).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

    @Test
    void shouldClearPublishedEvents() {
        ClinicSession clinic = scheduled();
        clinic.start(FACILITATOR, 0, T0);

        clinic.clearDomainEvents();

        assertThat(clinic.domainEvents()).isEmpty();
        assertThat(clinic.revision()).isEqualTo(2);
    }

    @Test
    void shouldLetTheFacilitatorAdjustTheAgendaBeforeTheStart() {
        ClinicSession clinic = scheduled();

        List<ClinicEvent> events = clinic.adjustAgenda(FACILITATOR, Step.SHARING, 25, T0);

        assertThat(events).containsExactly(new AgendaAdjusted(CLINIC_ID, 1, T0, Step.SHARING, 25, 70));
        assertThat(clinic.agenda().totalMinutes()).isEqualTo(70);
        assertThat(clinic.adjustAgenda(FACILITATOR, Step.SHARING, 25, T0)).as("no change").isEmpty();
        assertRefused(() -> clinic.adjustAgenda(ANA, Step.SHARING, 5, T0), Refusal.FACILITATOR_ONLY);
    }

    @Test
    void shouldFixTheAgendaOnceStarted() {
        ClinicSession clinic = runningIn(Step.CONTEXT);

        assertRefused(() -> clinic.adjustAgenda(FACILITATOR, Step.SHARING, 5, T0), Refusal.AGENDA_FIXED_ONCE_STARTED);
    }

    @Test
    void shouldRefuseAPresenterFacilitatingTheirOwnClinic() {
        assertThatThrownBy(() -> new ClinicSession(CLINIC_ID, PRESENTER, PRESENTER, Variation.STANDARD,
                AgendaPlanner.plan(3))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldKnowEachPersonsRoleInTheRoom() {
        ClinicSession clinic = scheduled();

        assertThat(clinic.roleOf(PRESENTER)).isEqualTo(RoomRole.PRESENTER);
        assertThat(clinic.roleOf(FACILITATOR)).isEqualTo(RoomRole.FACILITATOR);
        assertThat(clinic.roleOf(ANA)).isEqualTo(RoomRole.MEMBER);
    }
}
