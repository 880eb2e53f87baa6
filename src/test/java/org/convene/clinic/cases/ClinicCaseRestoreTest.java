package org.convene.clinic.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.BEN;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.minutesAfterStart;
import static org.convene.clinic.session.Clinics.runningIn;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.convene.clinic.CaseKind;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.Step;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.ContributionDraft;
import org.junit.jupiter.api.Test;

/** A case taken apart into plain values and rebuilt is the same case. */
class ClinicCaseRestoreTest {

    private static final CaseContent CONTENT = new CaseContent("Volunteers leave", "They leave after a month.",
            "How can we keep new volunteers beyond their first month?", CaseKind.CHALLENGE, LocalDate.of(2026, 4, 1));

    @Test
    void shouldRebuildAReadyCaseWithItsRelatedExperiences() {
        ClinicCase ready = new ClinicCase(7, PRESENTER, CONTENT);
        ready.markReady();
        ready.markRelatedExperience(ANA);
        ready.markRelatedExperience(BEN);

        ClinicCase restored = ClinicCase.restore(ready.snapshot());

        assertThat(restored.snapshot()).isEqualTo(ready.snapshot());
        assertThat(restored.relatedExperienceCount()).isEqualTo(2);
        assertThat(restored.markRelatedExperience(ANA)).isFalse();
        restored.schedule();
        assertThat(restored.status()).isEqualTo(CaseStatus.SCHEDULED);
    }

    @Test
    void shouldRebuildAHeldCaseWithItsAdoptedAdviceAndFollowUp() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        clinic.post(ANA, ContributionDraft.of(ContributionKind.ADVICE, "Pair them with a buddy."),
                minutesAfterStart(5));
        clinic.advance(FACILITATOR, clinic.stepRevision(), minutesAfterStart(6));
        ClinicCase held = new ClinicCase(7, PRESENTER, CONTENT);
        held.markReady();
        held.schedule();
        held.hold(clinic, LocalDate.of(2026, 3, 2), Set.of(1L), null);

        ClinicCase restored = ClinicCase.restore(held.snapshot());

        assertThat(restored.status()).isEqualTo(CaseStatus.HELD);
        assertThat(restored.adoptedAdvice()).isEqualTo(Map.of(1L, ANA));
        assertThat(restored.followUpOn()).contains(LocalDate.of(2026, 4, 13));
        assertThat(restored.isFollowUpDue(LocalDate.of(2026, 4, 13))).isTrue();
    }

    @Test
    void shouldRefuseAHeldSnapshotWithoutItsDates() {
        assertThatThrownBy(() -> new ClinicCase.Snapshot(7, PRESENTER, CONTENT, CaseStatus.HELD, Set.of(), null, null,
                Map.of(), null)).isInstanceOf(IllegalArgumentException.class);
    }
}
