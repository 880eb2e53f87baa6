package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.BEN;
import static org.convene.clinic.session.Clinics.CHLOE;
import static org.convene.clinic.session.Clinics.CLINIC_ID;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.T0;
import static org.convene.clinic.session.Clinics.runningIn;
import static org.convene.clinic.session.Clinics.scheduled;

import java.time.Instant;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.FloorGiven;
import org.convene.clinic.HandLowered;
import org.convene.clinic.HandRaised;
import org.convene.clinic.Step;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.junit.jupiter.api.Test;

class ClinicSessionQueueTest {

    private static void assertRefused(ThrowingCallable action, Refusal refusal) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ClinicRuleException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    private static Instant second(int s) {
        return T0.plusSeconds(s);
    }

    @Test
    void shouldPutTheQuieterMemberFirst() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        clinic.post(ANA, ContributionDraft.of(ContributionKind.QUESTION, "When did it start?"), second(1));
        clinic.post(ANA, ContributionDraft.of(ContributionKind.QUESTION, "Who noticed first?"), second(2));
        clinic.post(BEN, ContributionDraft.of(ContributionKind.QUESTION, "Is it getting worse?"), second(3));

        clinic.raiseHand(ANA, second(10));
        clinic.raiseHand(BEN, second(11));
        clinic.raiseHand(CHLOE, second(12));

        assertThat(clinic.speakingQueue()).extracting(RaisedHand::memberId).containsExactly(CHLOE, BEN, ANA);
    }

    @Test
    void shouldOrderByTimeRaisedAmongEquallyQuietMembers() {
        ClinicSession clinic = runningIn(Step.SHARING);
        clinic.raiseHand(BEN, second(1));
        clinic.raiseHand(ANA, second(2));
        clinic.raiseHand(CHLOE, second(3));

        assertThat(clinic.speakingQueue()).extracting(RaisedHand::memberId).containsExactly(BEN, ANA, CHLOE);
    }

    @Test
    void shouldRecordTheSpeakerAndCountTheTurnWhenGivingTheFloor() {
        ClinicSession clinic = runningIn(Step.SHARING);
        clinic.raiseHand(BEN, second(1));
        clinic.raiseHand(ANA, second(2));

        assertThat(clinic.giveFloor(FACILITATOR, BEN, second(5)))
                .containsExactly(new FloorGiven(CLINIC_ID, clinic.revision(), second(5), BEN));

        assertThat(clinic.speaker()).contains(BEN);
        assertThat(clinic.turnsTaken(BEN)).isEqualTo(1);
        assertThat(clinic.speakingQueue()).extracting(RaisedHand::memberId).containsExactly(ANA);

        clinic.raiseHand(BEN, second(6));
        clinic.raiseHand(CHLOE, second(7));
        assertThat(clinic.speakingQueue()).as("Ben has spoken, Chloe has not")
                .extracting(RaisedHand::memberId).containsExactly(ANA, CHLOE, BEN);
    }

    @Test
    void shouldLetTheFacilitatorGiveTheFloorOutOfOrder() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        clinic.raiseHand(ANA, second(1));
        clinic.raiseHand(BEN, second(2));

        clinic.giveFloor(FACILITATOR, BEN, second(3));

        assertThat(clinic.speaker()).contains(BEN);
    }

    @Test
    void shouldMakeTwoRacingFloorsOneChange() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        clinic.raiseHand(ANA, second(1));

        clinic.giveFloor(FACILITATOR, ANA, second(2));

        assertThat(clinic.giveFloor(FACILITATOR, ANA, second(2))).isEmpty();
        assertThat(clinic.turnsTaken(ANA)).isEqualTo(1);
    }

    @Test
    void shouldRefuseTheFloorToSomeoneNotInTheQueue() {
        ClinicSession clinic = runningIn(Step.ADVICE);

        assertRefused(() -> clinic.giveFloor(FACILITATOR, CHLOE, second(1)), Refusal.NOT_IN_QUEUE);
        clinic.raiseHand(ANA, second(1));
        assertRefused(() -> clinic.giveFloor(ANA, ANA, second(2)), Refusal.FACILITATOR_ONLY);
    }

    @Test
    void shouldIgnoreRaisingTwiceAndLoweringAHandNotRaised() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        long revision = clinic.revision();

        assertThat(clinic.raiseHand(ANA, second(1)))
                .containsExactly(new HandRaised(CLINIC_ID, revision + 1, second(1), ANA));
        assertThat(clinic.raiseHand(ANA, second(2))).isEmpty();
        assertThat(clinic.lowerHand(ANA, second(3)))
                .containsExactly(new HandLowered(CLINIC_ID, revision + 2, second(3), ANA));
        assertThat(clinic.lowerHand(ANA, second(4))).isEmpty();
        assertThat(clinic.speakingQueue()).isEmpty();
    }

    @Test
    void shouldLetOnlyMembersRaiseTheirHand() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);

        assertRefused(() -> clinic.raiseHand(PRESENTER, T0), Refusal.ONLY_MEMBERS_RAISE_HANDS);
        assertRefused(() -> clinic.raiseHand(FACILITATOR, T0), Refusal.ONLY_MEMBERS_RAISE_HANDS);
        assertRefused(() -> scheduled().raiseHand(ANA, T0), Refusal.NOT_RUNNING);
    }

    @Test
    void shouldKeepHandsAcrossStepsButClearTheSpeaker() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        clinic.raiseHand(ANA, second(1));
        clinic.raiseHand(BEN, second(2));
        clinic.giveFloor(FACILITATOR, ANA, second(3));

        clinic.advance(FACILITATOR, clinic.stepRevision(), second(4));

        assertThat(clinic.speaker()).isEmpty();
        assertThat(clinic.speakingQueue()).extracting(RaisedHand::memberId).containsExactly(BEN);
    }

    @Test
    void shouldEmptyTheQueueWhenTheClinicEnds() {
        ClinicSession clinic = runningIn(Step.SUMMARY);
        clinic.raiseHand(ANA, second(1));

        clinic.end(FACILITATOR, clinic.stepRevision(), second(2));

        assertThat(clinic.speakingQueue()).isEmpty();
        assertThat(clinic.lowerHand(ANA, second(3))).isEmpty();
    }
}
