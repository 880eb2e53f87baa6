package org.convene.clinic.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.convene.clinic.AdviceFeedback;
import org.convene.clinic.Contribution;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.FollowUpFiled;
import org.convene.clinic.Step;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * A member's case, from the draft to the follow-up report:
 * {@code DRAFT → READY → SCHEDULED → HELD → FOLLOW_UP_DUE → CLOSED}, by way of
 * {@code AWAITING_SUMMARY} when the clinic ends before the presenter summed up. Each transition is
 * guarded and refused with a {@link ClinicRuleException} when its state or its rule is not
 * met. Who may act (the presenter, a convener) is checked by the service, which knows the
 * community's roles; the case checks what only it can know.
 */
public final class ClinicCase {

    /** "A few weeks or months after a case clinic": six weeks unless the presenter picks another date. */
    static final Period FOLLOW_UP_AFTER = Period.ofWeeks(6);

    private final long id;
    private final long presenterId;
    private CaseContent content;
    private CaseStatus status = CaseStatus.DRAFT;
    private final Set<Long> relatedExperience = new LinkedHashSet<>();
    private @Nullable LocalDate heldOn;
    private @Nullable LocalDate followUpOn;
    /** Adopted advice id → who gave it, taken from the clinic at the summary. */
    private Map<Long, Long> adoptedAdvice = Map.of();
    private @Nullable FollowUpReport report;

    ClinicCase(long id, long presenterId, CaseContent content) {
        this.id = id;
        this.presenterId = presenterId;
        this.content = content;
    }

    /**
     * Everything a case knows, as plain values, for storage: {@link #snapshot()} and
     * {@link #restore(Snapshot)} are inverse.
     *
     * @param adoptedAdvice adopted advice id → the member who gave it, in the order adopted
     */
    record Snapshot(long id, long presenterId, CaseContent content, CaseStatus status, Set<Long> relatedExperience,
            @Nullable LocalDate heldOn, @Nullable LocalDate followUpOn, Map<Long, Long> adoptedAdvice,
            @Nullable FollowUpReport report) {

        Snapshot {
            relatedExperience = Collections.unmodifiableSet(new LinkedHashSet<>(relatedExperience));
            adoptedAdvice = Collections.unmodifiableMap(new LinkedHashMap<>(adoptedAdvice));
            boolean summarised = status == CaseStatus.HELD || status == CaseStatus.FOLLOW_UP_DUE
                    || status == CaseStatus.CLOSED;
            if (summarised && (heldOn == null || followUpOn == null)) {
                throw new IllegalArgumentException("a held case has the date it was held and its follow-up date");
            }
            if ((status == CaseStatus.CLOSED) != (report != null)) {
                throw new IllegalArgumentException("a case is closed exactly when its follow-up report is filed");
            }
        }
    }

    /** The case as it was when {@code snapshot} was taken. */
    static ClinicCase restore(Snapshot snapshot) {
        ClinicCase restored = new ClinicCase(snapshot.id(), snapshot.presenterId(), snapshot.content());
        restored.status = snapshot.status();
        restored.relatedExperience.addAll(snapshot.relatedExperience());
        restored.heldOn = snapshot.heldOn();
        restored.followUpOn = snapshot.followUpOn();
        restored.adoptedAdvice = snapshot.adoptedAdvice();
        restored.report = snapshot.report();
        return restored;
    }

    Snapshot snapshot() {
        return new Snapshot(id, presenterId, content, status, relatedExperience, heldOn, followUpOn, adoptedAdvice,
                report);
    }

    /** Who gave each adopted piece of advice, by advice id, in the order adopted. */
    public Map<Long, Long> adoptedAdvice() {
        return adoptedAdvice;
    }

    public static LocalDate defaultFollowUp(LocalDate summaryDate) {
        return summaryDate.plus(FOLLOW_UP_AFTER);
    }

    /**
     * Changes what the presenter prepared, while nobody has relied on it yet (draft or ready).
     * A ready case stays ready only with a question that is still precise.
     */
    void revise(CaseContent revised) {
        if (status != CaseStatus.DRAFT && status != CaseStatus.READY) {
            throw new ClinicRuleException(Refusal.CASE_NOT_EDITABLE);
        }
        if (status == CaseStatus.READY) {
            requirePrecise(revised.question());
        }
        content = revised;
    }

    /** The presenter says the case is prepared; refused, with what to improve, unless the question is precise. */
    public void markReady() {
        if (status != CaseStatus.DRAFT) {
            throw new ClinicRuleException(Refusal.CASE_NOT_DRAFT);
        }
        requirePrecise(content.question());
        status = CaseStatus.READY;
    }

    /**
     * A member says they have a related experience, which gives Sharing time in the agenda.
     * Open while the clinic has not happened (ready or scheduled).
     *
     * @return whether this changed anything (marking twice counts once)
     */
    public boolean markRelatedExperience(long memberId) {
        requireOpenToExperiences();
        if (memberId == presenterId) {
            throw new ClinicRuleException(Refusal.PRESENTER_OWN_EXPERIENCE);
        }
        return relatedExperience.add(memberId);
    }

    boolean unmarkRelatedExperience(long memberId) {
        requireOpenToExperiences();
        return relatedExperience.remove(memberId);
    }

    /** A clinic was planned for this case. */
    public void schedule() {
        if (status != CaseStatus.READY) {
            throw new ClinicRuleException(Refusal.CASE_NOT_READY);
        }
        status = CaseStatus.SCHEDULED;
    }

    /**
     * The case's clinic has ended. Unless the presenter saved the summary before the end, the case
     * now awaits it: a case is never left scheduled for a clinic that is over.
     *
     * @return whether this changed the case (not when it was held already)
     */
    public boolean clinicEnded() {
        if (status == CaseStatus.HELD) {
            return false;
        }
        if (status != CaseStatus.SCHEDULED) {
            throw new ClinicRuleException(Refusal.CASE_NOT_SCHEDULED);
        }
        status = CaseStatus.AWAITING_SUMMARY;
        return true;
    }

    /**
     * The presenter summed up: the case is held, with the advice they will act on and the
     * date they report back (six weeks after the summary unless they choose otherwise).
     * They do so in the clinic's Summary or, when it ended before they had, afterwards.
     *
     * @param clinic           the clinic held for this case; it must have reached Summary, or ended
     * @param adoptedAdviceIds advice contributions of that clinic
     * @param chosenFollowUp   the follow-up date, after the summary; null for the default
     */
    public void hold(HeldClinic clinic, LocalDate summaryDate, Set<Long> adoptedAdviceIds,
            @Nullable LocalDate chosenFollowUp) {
        if (status == CaseStatus.HELD || status == CaseStatus.FOLLOW_UP_DUE || status == CaseStatus.CLOSED) {
            throw new ClinicRuleException(Refusal.SUMMARY_ALREADY_SAVED);
        }
        if (status != CaseStatus.SCHEDULED && status != CaseStatus.AWAITING_SUMMARY) {
            throw new ClinicRuleException(Refusal.CASE_NOT_SCHEDULED);
        }
        // A clinic still running must be at its Summary; one that ended awaits it, whatever step it got to.
        if (status == CaseStatus.SCHEDULED && clinic.furthestStep().filter(step -> step == Step.SUMMARY).isEmpty()) {
            throw new ClinicRuleException(Refusal.SUMMARY_NOT_REACHED);
        }
        Map<Long, Long> adopted = new LinkedHashMap<>();
        for (long adviceId : adoptedAdviceIds) {
            Contribution advice = clinic.contribution(adviceId)
                    .filter(contribution -> contribution.kind() == ContributionKind.ADVICE)
                    .orElseThrow(() -> new ClinicRuleException(Refusal.ADOPTED_ADVICE_UNKNOWN));
            adopted.put(adviceId, advice.authorId());
        }
        LocalDate followUp = chosenFollowUp == null ? defaultFollowUp(summaryDate) : chosenFollowUp;
        if (!followUp.isAfter(summaryDate)) {
            throw new InvalidCaseException("followUpOn", "clinic.case.followUpNotAfterSummary");
        }
        adoptedAdvice = Collections.unmodifiableMap(adopted);
        heldOn = summaryDate;
        followUpOn = followUp;
        status = CaseStatus.HELD;
    }

    /** What a case reads of the clinic held for it when the presenter sums up; the live session is one. */
    public interface HeldClinic {

        /** The latest step the clinic got to, kept after it ended; empty before the start. */
        Optional<Step> furthestStep();

        /** The contribution numbered {@code contributionId} in the clinic, if there is one. */
        Optional<Contribution> contribution(long contributionId);
    }

    /** Whether the daily check should move this case to {@link CaseStatus#FOLLOW_UP_DUE} today. */
    public boolean isFollowUpDue(LocalDate today) {
        return status == CaseStatus.HELD && followUpOn != null && !today.isBefore(followUpOn);
    }

    /** The follow-up date has come: the presenter is reminded and owes a report. */
    public void followUpDue(LocalDate today) {
        if (status != CaseStatus.HELD) {
            throw new ClinicRuleException(Refusal.CASE_NOT_HELD);
        }
        if (!isFollowUpDue(today)) {
            throw new ClinicRuleException(Refusal.FOLLOW_UP_NOT_YET);
        }
        status = CaseStatus.FOLLOW_UP_DUE;
    }

    /**
     * The presenter files the follow-up report, which closes the case. Filing before the date
     * is welcome (the advice may have played out already), so a held case can close too. The
     * report must give exactly one verdict per adopted advice: the advisers are waiting to hear.
     *
     * @param communityId the case's community, which the event names for those who tell the advisers
     */
    public FollowUpFiled close(FollowUpReport filed, long communityId, Instant now) {
        if (status != CaseStatus.HELD && status != CaseStatus.FOLLOW_UP_DUE) {
            throw new ClinicRuleException(Refusal.NO_FOLLOW_UP_PENDING);
        }
        if (!filed.adviceIds().equals(adoptedAdvice.keySet())) {
            throw new ClinicRuleException(Refusal.OUTCOMES_DO_NOT_MATCH_ADOPTED_ADVICE);
        }
        report = filed;
        status = CaseStatus.CLOSED;
        List<AdviceFeedback> feedback = filed.verdicts().stream()
                .map(verdict -> new AdviceFeedback(verdict.adviceId(), adoptedAdvice.get(verdict.adviceId()),
                        verdict.outcome(), verdict.note()))
                .toList();
        return new FollowUpFiled(communityId, id, content.title(), presenterId, now, feedback);
    }

    public long id() {
        return id;
    }

    public long presenterId() {
        return presenterId;
    }

    public CaseContent content() {
        return content;
    }

    public CaseStatus status() {
        return status;
    }

    /** How many members have a related experience: what sizes Sharing in the agenda. */
    public int relatedExperienceCount() {
        return relatedExperience.size();
    }

    public boolean hasRelatedExperience(long memberId) {
        return relatedExperience.contains(memberId);
    }

    public Optional<LocalDate> heldOn() {
        return Optional.ofNullable(heldOn);
    }

    public Optional<LocalDate> followUpOn() {
        return Optional.ofNullable(followUpOn);
    }

    public Set<Long> adoptedAdviceIds() {
        return adoptedAdvice.keySet();
    }

    public Optional<FollowUpReport> report() {
        return Optional.ofNullable(report);
    }

    private void requirePrecise(String question) {
        List<String> problems = QuestionCoach.problems(question);
        if (!problems.isEmpty()) {
            throw new ClinicRuleException(Refusal.QUESTION_NOT_PRECISE, problems);
        }
    }

    private void requireOpenToExperiences() {
        if (status != CaseStatus.READY && status != CaseStatus.SCHEDULED) {
            throw new ClinicRuleException(Refusal.CASE_NOT_OPEN_TO_EXPERIENCES);
        }
    }
}
