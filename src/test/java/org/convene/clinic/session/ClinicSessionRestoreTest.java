package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.BEN;
import static org.convene.clinic.session.Clinics.CHLOE;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.minutesAfterStart;
import static org.convene.clinic.session.Clinics.runningIn;
import static org.convene.clinic.session.Clinics.scheduled;

import java.util.List;
import java.util.Map;

import org.convene.clinic.AdviceStory;
import org.convene.clinic.ClinicEvent;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.junit.jupiter.api.Test;

/** A clinic taken apart into plain values and rebuilt is the same clinic: what a restart relies on. */
class ClinicSessionRestoreTest {

    /** Advice, with a question answered, a story told, hands raised, a floor given and a step to go back to. */
    private static ClinicSession busyClinic() {
        ClinicSession clinic = runningIn(Step.UNDERSTANDING);
        clinic.post(ANA, ContributionDraft.of(ContributionKind.QUESTION, "How many volunteers leave?"),
                minutesAfterStart(2));
        clinic.post(PRESENTER, ContributionDraft.replyTo(1, ContributionKind.ANSWER, "About half."),
                minutesAfterStart(3));
        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(4));
        clinic.post(BEN, ContributionDraft.of(ContributionKind.STORY, "We had the same at our site."),
                minutesAfterStart(5));
        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(6));
        clinic.post(ANA, new ContributionDraft(ContributionKind.ADVICE, "Pair them with a buddy.", null,
                new AdviceStory("New starters left", "I paired them", "They stayed")), minutesAfterStart(7));
        clinic.raiseHand(ANA, minutesAfterStart(8));
        clinic.raiseHand(CHLOE, minutesAfterStart(9));
        clinic.raiseHand(BEN, minutesAfterStart(10));
        clinic.giveFloor(FACILITATOR, BEN, minutesAfterStart(11));
        clinic.extend(FACILITATOR, clinic.stepRevision(), 5, minutesAfterStart(12));
        clinic.clearDomainEvents();
        return clinic;
    }

    @Test
    void shouldRebuildTheSameClinicFromItsSnapshot() {
        ClinicSession original = busyClinic();

        ClinicSession restored = ClinicSession.restore(original.snapshot());

        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.currentStep()).contains(Step.ADVICE);
        assertThat(restored.deadline()).isEqualTo(original.deadline());
        assertThat(restored.revision()).isEqualTo(original.revision());
        assertThat(restored.stepRevision()).isEqualTo(original.stepRevision());
        assertThat(restored.contributions()).isEqualTo(original.contributions());
        assertThat(restored.speakingQueue()).isEqualTo(original.speakingQueue());
        assertThat(restored.speaker()).contains(BEN);
        assertThat(restored.turnsTaken(ANA)).isEqualTo(2);
        assertThat(restored.domainEvents()).isEmpty();
    }

    @Test
    void shouldKeepTheQueueInProgressiveOrderAfterARestore() {
        ClinicSession restored = ClinicSession.restore(busyClinic().snapshot());

        // Chloé has not spoken yet, Ana has twice: Chloé goes first although she raised her hand later.
        assertThat(restored.speakingQueue()).extracting(RaisedHand::memberId).containsExactly(CHLOE, ANA);
    }

    @Test
    void shouldGoOnExactlyAsTheOriginalWouldHave() {
        ClinicSession original = busyClinic();
        ClinicSession restored = ClinicSession.restore(original.snapshot());

        List<ClinicEvent> fromOriginal = original.back(FACILITATOR, original.stepRevision(), minutesAfterStart(13));
        List<ClinicEvent> fromRestored = restored.back(FACILITATOR, restored.stepRevision(), minutesAfterStart(13));

        assertThat(fromRestored).isEqualTo(fromOriginal);
        assertThat(restored.currentStep()).contains(Step.SHARING);
        assertThat(restored.post(CHLOE, ContributionDraft.of(ContributionKind.STORY, "Ours too."),
                minutesAfterStart(14))).isEqualTo(
                original.post(CHLOE, ContributionDraft.of(ContributionKind.STORY, "Ours too."),
                        minutesAfterStart(14)));
    }

    @Test
    void shouldStillRecogniseAClickIssuedBeforeTheRestartAsStale() {
        ClinicSession original = busyClinic();
        long seenBeforeRestart = original.stepRevision();
        original.advance(FACILITATOR, seenBeforeRestart, minutesAfterStart(13));

        ClinicSession restored = ClinicSession.restore(original.snapshot());

        assertThat(restored.advance(FACILITATOR, seenBeforeRestart, minutesAfterStart(14))).isEmpty();
        assertThat(restored.currentStep()).contains(Step.SUMMARY);
    }

    @Test
    void shouldRestoreClinicsNotStartedAndEnded() {
        ClinicSession notStarted = scheduled(Variation.DELAYED_RESPONSE);
        ClinicSession ended = runningIn(Step.SUMMARY);
        ended.end(FACILITATOR, ended.stepRevision(), minutesAfterStart(30));

        assertThat(ClinicSession.restore(notStarted.snapshot()).snapshot()).isEqualTo(notStarted.snapshot());
        ClinicSession restoredEnded = ClinicSession.restore(ended.snapshot());
        assertThat(restoredEnded.state()).isEqualTo(ClinicState.ENDED);
        assertThat(restoredEnded.furthestStep()).contains(Step.SUMMARY);
    }

    @Test
    void shouldRememberASummaryWrittenAfterTheEnd() {
        ClinicSession ended = runningIn(Step.ADVICE);
        ended.end(FACILITATOR, ended.stepRevision(), minutesAfterStart(30));
        ended.summarise(PRESENTER, List.of("Buddies for every newcomer."), minutesAfterStart(40));

        ClinicSession restored = ClinicSession.restore(ended.snapshot());

        assertThat(restored.snapshot()).isEqualTo(ended.snapshot());
        assertThat(restored.summarisedAfterEnd()).isTrue();
    }

    @Test
    void shouldRefuseASnapshotThatCannotBeAClinic() {
        ClinicSession.Snapshot running = busyClinic().snapshot();

        assertThatThrownBy(() -> new ClinicSession.Snapshot(running.id(), running.presenterId(),
                running.facilitatorId(), running.variation(), running.agenda(), ClinicState.NOT_STARTED,
                running.running(), null, List.of(), 0, 0, List.of(), List.of(), Map.of(), null, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClinicSession.Snapshot(running.id(), running.presenterId(),
                running.facilitatorId(), running.variation(), running.agenda(), running.state(), running.running(),
                running.furthestStep(), running.stepsBehind(), running.revision(), running.stepRevision(),
                running.contributions().subList(1, 3), running.hands(), running.turnsTaken(), running.speaker(),
                false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClinicSession.Snapshot(running.id(), running.presenterId(),
                running.facilitatorId(), running.variation(), running.agenda(), running.state(), running.running(),
                running.furthestStep(), running.stepsBehind(), running.revision(), running.stepRevision(),
                running.contributions(), running.hands(), running.turnsTaken(), running.speaker(), true))
                .as("summarised after an end that has not come").isInstanceOf(IllegalArgumentException.class);
    }
}
