package org.convene.clinic.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.minutesAfterStart;
import static org.convene.clinic.session.Clinics.runningIn;
import static org.convene.clinic.session.Clinics.scheduled;

import java.time.Instant;
import java.util.List;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.convene.clinic.ClinicEvent;
import org.convene.clinic.Contribution;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.ContributionPosted;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.junit.jupiter.api.Test;

/** The presenter's takeaways: posted in Summary while the clinic runs, or written once after it ended early. */
class ClinicSessionSummaryTest {

    private static final Instant LATER = minutesAfterStart(90);

    private static void assertRefused(ThrowingCallable action, Refusal refusal) {
        assertThatThrownBy(action).isInstanceOfSatisfying(ClinicRuleException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    /** Ended by the facilitator during Advice, with Ana's advice given: the Summary never came. */
    private static ClinicSession endedDuringAdvice() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        clinic.post(ANA, ContributionDraft.of(ContributionKind.ADVICE, "Give every newcomer a buddy."),
                minutesAfterStart(10));
        clinic.end(FACILITATOR, clinic.stepRevision(), minutesAfterStart(20));
        clinic.clearDomainEvents();
        return clinic;
    }

    @Test
    void shouldPostTakeawaysInSummaryWhileTheClinicRuns() {
        ClinicSession clinic = runningIn(Step.SUMMARY);

        List<ClinicEvent> events = clinic.summarise(PRESENTER, List.of("Buddies.", "A welcome evening."), LATER);

        assertThat(events).hasSize(2).allMatch(ContributionPosted.class::isInstance);
        assertThat(clinic.contributions()).extracting(Contribution::kind)
                .containsExactly(ContributionKind.TAKEAWAY, ContributionKind.TAKEAWAY);
        assertThat(clinic.summarisedAfterEnd()).isFalse();
    }

    @Test
    void shouldRefuseTakeawaysOutsideSummaryWhileTheClinicRuns() {
        ClinicSession clinic = runningIn(Step.ADVICE);

        assertRefused(() -> clinic.summarise(PRESENTER, List.of("Too early."), LATER),
                Refusal.ADVICE_IS_FOR_ADVICE_AND_COMMENTS);
        assertThat(clinic.contributions()).isEmpty();
        assertRefused(() -> scheduled().summarise(PRESENTER, List.of("Not started."), LATER), Refusal.NOT_RUNNING);
    }

    @Test
    void shouldKeepTakeawaysWrittenAfterAnEarlyEndAsTheSummarys() {
        ClinicSession clinic = endedDuringAdvice();
        long revision = clinic.revision();

        List<ClinicEvent> events = clinic.summarise(PRESENTER, List.of("Buddies.", "A welcome evening."), LATER);

        assertThat(events).containsExactlyElementsOf(clinic.domainEvents());
        assertThat(events).extracting(ClinicEvent::revision).containsExactly(revision + 1, revision + 2);
        assertThat(clinic.contributions()).hasSize(3).last().satisfies(takeaway -> {
            assertThat(takeaway.id()).isEqualTo(3);
            assertThat(takeaway.step()).isEqualTo(Step.SUMMARY);
            assertThat(takeaway.kind()).isEqualTo(ContributionKind.TAKEAWAY);
            assertThat(takeaway.role()).isEqualTo(RoomRole.PRESENTER);
            assertThat(takeaway.text()).isEqualTo("A welcome evening.");
            assertThat(takeaway.postedAt()).isEqualTo(LATER);
        });
        assertThat(clinic.summarisedAfterEnd()).isTrue();
        assertThat(clinic.state()).isEqualTo(ClinicState.ENDED);
        assertThat(clinic.furthestStep()).as("the history of the clinic is not rewritten").contains(Step.ADVICE);
    }

    @Test
    void shouldLetOnlyThePresenterSummariseAfterTheEnd() {
        ClinicSession clinic = endedDuringAdvice();

        assertRefused(() -> clinic.summarise(ANA, List.of("Mine."), LATER), Refusal.PRESENTER_ONLY);
        assertRefused(() -> clinic.summarise(FACILITATOR, List.of("Mine."), LATER), Refusal.PRESENTER_ONLY);
        assertThat(clinic.summarisedAfterEnd()).isFalse();
    }

    @Test
    void shouldSummariseAfterTheEndOnlyOnceEvenWithoutTakeaways() {
        ClinicSession clinic = endedDuringAdvice();

        assertThat(clinic.summarise(PRESENTER, List.of(), LATER)).isEmpty();

        assertRefused(() -> clinic.summarise(PRESENTER, List.of("Second thoughts."), LATER),
                Refusal.SUMMARY_ALREADY_SAVED);
        assertThat(clinic.contributions()).hasSize(1);
    }

    @Test
    void shouldRefuseABlankTakeawayAfterTheEndBeforeChangingAnything() {
        ClinicSession clinic = endedDuringAdvice();

        assertThatThrownBy(() -> clinic.summarise(PRESENTER, List.of("Buddies.", " "), LATER))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(clinic.contributions()).hasSize(1);
        assertThat(clinic.summarisedAfterEnd()).isFalse();
        assertThat(clinic.domainEvents()).isEmpty();
    }
}
