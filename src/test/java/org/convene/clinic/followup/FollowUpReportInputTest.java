package org.convene.clinic.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.convene.clinic.session.Clinics.ANA;
import static org.convene.clinic.session.Clinics.BEN;
import static org.convene.clinic.session.Clinics.FACILITATOR;
import static org.convene.clinic.session.Clinics.PRESENTER;
import static org.convene.clinic.session.Clinics.T0;
import static org.convene.clinic.session.Clinics.runningIn;

import java.time.LocalDate;
import java.util.List;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.CaseKind;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.Step;
import org.convene.clinic.cases.AdviceVerdict;
import org.convene.clinic.cases.CaseContent;
import org.convene.clinic.cases.Cases;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.cases.FollowUpReport;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.ContributionDraft;
import org.junit.jupiter.api.Test;

/** The follow-up form's rules ({@link FollowUpService#report}). */
class FollowUpReportInputTest {

    /** A held case whose adopted advice is #1 (Ana) and #2 (Ben). */
    private static ClinicCase held() {
        ClinicSession clinic = runningIn(Step.ADVICE);
        clinic.post(ANA, ContributionDraft.of(ContributionKind.ADVICE, "Give every newcomer a buddy."), T0);
        clinic.post(BEN, ContributionDraft.of(ContributionKind.ADVICE, "Hold a welcome evening."), T0);
        clinic.advance(FACILITATOR, clinic.stepRevision(), T0);
        ClinicCase clinicCase = Cases.draft(7, PRESENTER, new CaseContent("Volunteers leave", "Short.",
                "How can we keep new volunteers beyond their first month?", CaseKind.CHALLENGE, null));
        clinicCase.markReady();
        clinicCase.schedule();
        clinicCase.hold(clinic, LocalDate.of(2026, 3, 2), new java.util.LinkedHashSet<>(List.of(2L, 1L)), null);
        return clinicCase;
    }

    private static List<InvalidFollowUpException.FieldProblem> problems(String whatHappened,
            List<FollowUpService.OutcomeInput> outcomes) {
        return catchThrowableOfType(InvalidFollowUpException.class,
                () -> FollowUpService.report(held(), whatHappened, outcomes)).problems();
    }

    @Test
    void shouldBuildTheReportInTheOrderTheAdviceWasAdoptedWithNotesTidied() {
        FollowUpReport report = FollowUpService.report(held(), "  It worked.\r\n  ", List.of(
                new FollowUpService.OutcomeInput(1L, AdviceOutcome.WORKED, " Thanks!\r\n"),
                new FollowUpService.OutcomeInput(2L, AdviceOutcome.NOT_TRIED, null)));

        assertThat(report.whatHappened()).isEqualTo("It worked.");
        assertThat(report.verdicts()).containsExactly(new AdviceVerdict(2, AdviceOutcome.NOT_TRIED, ""),
                new AdviceVerdict(1, AdviceOutcome.WORKED, "Thanks!"));
    }

    @Test
    void shouldNameEveryFieldToCorrectAtOnce() {
        assertThat(problems(" ", List.of(new FollowUpService.OutcomeInput(1L, null, "x".repeat(1001)),
                new FollowUpService.OutcomeInput(9L, AdviceOutcome.WORKED, ""))))
                .extracting(InvalidFollowUpException.FieldProblem::field)
                .containsExactly("whatHappened", "outcomes[0].outcome", "outcomes[0].note", "outcomes[1].adviceId",
                        "outcomes");
    }

    @Test
    void shouldRefuseTwoOutcomesForOneAdviceAndAMissingOne() {
        assertThat(problems("Done.", List.of(new FollowUpService.OutcomeInput(1L, AdviceOutcome.WORKED, ""),
                new FollowUpService.OutcomeInput(1L, AdviceOutcome.PARTLY, ""))))
                .extracting(InvalidFollowUpException.FieldProblem::messageKey)
                .containsExactly("clinic.followUp.adviceTwice", "clinic.followUp.outcomeForEachAdvice");
        assertThat(problems("x".repeat(4001), List.of(new FollowUpService.OutcomeInput(1L, AdviceOutcome.WORKED, ""),
                new FollowUpService.OutcomeInput(2L, AdviceOutcome.WORKED, ""))))
                .extracting(InvalidFollowUpException.FieldProblem::messageKey)
                .containsExactly("clinic.followUp.whatHappenedTooLong");
    }
}
