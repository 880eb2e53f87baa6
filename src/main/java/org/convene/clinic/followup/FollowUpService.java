package org.convene.clinic.followup;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.clinic.AdviceOutcome;
import org.convene.clinic.FollowUpDue;
import org.convene.clinic.FollowUpFiled;
import org.convene.clinic.Texts;
import org.convene.clinic.cases.AdviceVerdict;
import org.convene.clinic.cases.CaseService;
import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.cases.CaseStore;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.cases.FollowUpReport;
import org.convene.clinic.cases.StoredCase;
import org.convene.clinic.library.CaseLibrary;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.Refusal;
import org.convene.clinic.session.ClinicService;
import org.convene.clinic.session.ClinicState;
import org.convene.clinic.session.ClinicStore;
import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The follow-up of held cases: the check that makes them due when their date comes (in the
 * presenter's own time zone), the presenter's report that closes them, and the later clinic a
 * convener puts a follow-up on the agenda of. Raises {@link FollowUpDue} and {@link FollowUpFiled}
 * once committed work has happened, for other modules to tell the people concerned.
 */
@Service
public class FollowUpService {

    private static final Logger log = LoggerFactory.getLogger(FollowUpService.class);

    private final CaseStore cases;
    private final CaseService caseService;
    private final ClinicStore clinics;
    private final CommunityAccess access;
    private final Communities communities;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FollowUpService(CaseStore cases, CaseService caseService, ClinicStore clinics, CommunityAccess access,
            Communities communities, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.cases = cases;
        this.caseService = caseService;
        this.clinics = clinics;
        this.access = access;
        this.communities = communities;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ----- the daily check ------------------------------------------------------------------

    /**
     * Runs the check at start-up and then every hour (by default; {@code convene.clinic.follow-up-check}
     * is the cron), so that each presenter's follow-up becomes due soon after midnight where they
     * live. Idempotent: a case moves once, and a check racing another node's loses on the version.
     */
    @Scheduled(cron = "${convene.clinic.follow-up-check:0 5 * * * *}")
    @EventListener(ApplicationReadyEvent.class)
    void checkFollowUps() {
        int moved = moveDueFollowUps();
        if (moved > 0) {
            log.info("{} follow-up(s) became due", moved);
        }
    }

    /** Moves every held case whose follow-up date has come to {@code FOLLOW_UP_DUE}; how many moved. */
    public int moveDueFollowUps() {
        Instant now = now();
        // Where the day is furthest ahead (UTC+14) it may already be tomorrow.
        LocalDate latestToday = LocalDate.ofInstant(now, ZoneOffset.UTC).plusDays(1);
        List<Long> candidates = transactions.execute(status -> cases.heldWithFollowUpBy(latestToday));
        int moved = 0;
        for (long caseId : candidates == null ? List.<Long>of() : candidates) {
            try {
                if (Boolean.TRUE.equals(transactions.execute(status -> moveIfDue(caseId, now)))) {
                    moved++;
                }
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.debug("case {} changed during the follow-up check; the next check sees it again", caseId);
            }
        }
        return moved;
    }

    private boolean moveIfDue(long caseId, Instant now) {
        StoredCase stored = cases.find(caseId).orElse(null);
        if (stored == null) {
            return false;
        }
        ClinicCase clinicCase = stored.clinicCase();
        LocalDate today = LocalDate.ofInstant(now, presenterZone(stored));
        if (!clinicCase.isFollowUpDue(today)) {
            return false;
        }
        clinicCase.followUpDue(today);
        cases.save(stored, now);
        events.publishEvent(new FollowUpDue(stored.communityId(), caseId, clinicCase.content().title(),
                clinicCase.presenterId(), clinicCase.followUpOn().orElseThrow(), now));
        return true;
    }

    private ZoneId presenterZone(StoredCase stored) {
        return communities.member(stored.communityId(), stored.clinicCase().presenterId())
                .map(member -> ClinicService.zone(member))
                .orElse(ZoneOffset.UTC);
    }

    // ----- the report ---------------------------------------------------------------------

    /** One verdict as typed: checked by {@link #file}. */
    public record OutcomeInput(@Nullable Long adviceId, @Nullable AdviceOutcome outcome, @Nullable String note) {
    }

    /**
     * The presenter files the report, which closes the case and tells each adviser how their
     * advice worked out. Only the presenter (403); every problem with the input at once (400);
     * refused when the case has moved on since {@code expectedVersion} was read (409).
     */
    @Transactional
    public CaseService.CaseAccess file(long caseId, long accountId, @Nullable String whatHappened,
            List<OutcomeInput> outcomes, @Nullable Integer expectedVersion) {
        CaseService.CaseAccess opened = caseService.open(caseId, accountId);
        if (!opened.isPresenter()) {
            throw new ForbiddenException("clinic.presenterOnly");
        }
        StoredCase stored = opened.stored();
        if (expectedVersion != null && expectedVersion != stored.version()) {
            throw new OptimisticLockingFailureException("case " + caseId + " was changed meanwhile");
        }
        ClinicCase clinicCase = stored.clinicCase();
        if (clinicCase.status() != CaseStatus.HELD && clinicCase.status() != CaseStatus.FOLLOW_UP_DUE) {
            throw new ClinicRuleException(Refusal.NO_FOLLOW_UP_PENDING);
        }
        close(stored, report(clinicCase, whatHappened, outcomes), now());
        return caseService.open(caseId, accountId);
    }

    /** Closes the case with the report, saves it and raises {@link FollowUpFiled}; the caller checked who files. */
    public void close(StoredCase stored, FollowUpReport report, Instant now) {
        FollowUpFiled filed = stored.clinicCase().close(report, stored.communityId(), now);
        cases.save(stored, now);
        events.publishEvent(filed);
    }

    /** The report, in the order the advice was adopted, or every problem found with the input. */
    static FollowUpReport report(ClinicCase clinicCase, @Nullable String whatHappened, List<OutcomeInput> outcomes) {
        var problems = new ArrayList<InvalidFollowUpException.FieldProblem>();
        String happened = whatHappened == null ? "" : Texts.normalized(whatHappened);
        if (happened.isEmpty()) {
            problems.add(new InvalidFollowUpException.FieldProblem("whatHappened", "clinic.followUp.whatHappenedMissing"));
        } else if (happened.length() > FollowUpReport.MAX_LENGTH) {
            problems.add(new InvalidFollowUpException.FieldProblem("whatHappened", "clinic.followUp.whatHappenedTooLong"));
        }
        Set<Long> adopted = clinicCase.adoptedAdviceIds();
        Map<Long, AdviceVerdict> verdicts = new HashMap<>();
        for (int i = 0; i < outcomes.size(); i++) {
            OutcomeInput input = outcomes.get(i);
            String at = "outcomes[" + i + "].";
            if (input.adviceId() == null || !adopted.contains(input.adviceId())) {
                problems.add(new InvalidFollowUpException.FieldProblem(at + "adviceId", "clinic.followUp.adviceNotAdopted"));
                continue;
            }
            if (verdicts.containsKey(input.adviceId())) {
                problems.add(new InvalidFollowUpException.FieldProblem(at + "adviceId", "clinic.followUp.adviceTwice"));
                continue;
            }
            String note = input.note() == null ? "" : Texts.normalized(input.note());
            boolean valid = true;
            if (input.outcome() == null) {
                problems.add(new InvalidFollowUpException.FieldProblem(at + "outcome", "clinic.followUp.outcomeMissing"));
                valid = false;
            }
            if (note.length() > AdviceVerdict.NOTE_MAX_LENGTH) {
                problems.add(new InvalidFollowUpException.FieldProblem(at + "note", "clinic.followUp.noteTooLong"));
                valid = false;
            }
            if (valid) {
                verdicts.put(input.adviceId(), new AdviceVerdict(input.adviceId(), input.outcome(), note));
            }
        }
        boolean incomplete = adopted.stream().anyMatch(adviceId -> !verdicts.containsKey(adviceId)
                && outcomes.stream().noneMatch(input -> adviceId.equals(input.adviceId())));
        if (incomplete) {
            problems.add(new InvalidFollowUpException.FieldProblem("outcomes", "clinic.followUp.outcomeForEachAdvice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFollowUpException(problems);
        }
        List<AdviceVerdict> ordered = new ArrayList<>();
        new LinkedHashSet<>(adopted).forEach(adviceId -> ordered.add(verdicts.get(adviceId)));
        return new FollowUpReport(happened, ordered);
    }

    // ----- on the agenda of a later clinic ----------------------------------------------------

    /**
     * A convener puts a pending follow-up on the agenda of a clinic that has not ended (or takes
     * it off with null), so the presenter can tell the group what happened there.
     */
    @Transactional
    public void putOnAgenda(long caseId, long accountId, @Nullable Long clinicId, @Nullable Integer expectedVersion) {
        CaseService.CaseAccess opened = caseService.open(caseId, accountId);
        StoredCase stored = opened.stored();
        access.requireConvener(stored.communityId(), accountId);
        CaseStatus status = stored.clinicCase().status();
        if (status != CaseStatus.HELD && status != CaseStatus.FOLLOW_UP_DUE) {
            throw new ClinicRuleException(Refusal.NO_FOLLOW_UP_PENDING);
        }
        if (clinicId != null) {
            clinics.find(clinicId)
                    .filter(clinic -> clinic.communityId() == stored.communityId())
                    .filter(clinic -> clinic.caseId() != caseId)
                    .filter(clinic -> clinic.session().state() != ClinicState.ENDED)
                    .orElseThrow(() -> new InvalidInputException("clinicId", "clinic.followUp.agendaClinicUnknown"));
        }
        cases.putOnAgenda(caseId, expectedVersion == null ? stored.version() : expectedVersion, clinicId, now());
    }

    // ----- who owes a report ------------------------------------------------------------------

    /** The follow-ups due in the community that the member looks after: all for conveners, their own otherwise. */
    @Transactional(readOnly = true)
    public List<StoredCase> due(Membership member) {
        return cases.inCommunity(member.communityId(), List.of(CaseStatus.FOLLOW_UP_DUE)).stream()
                .filter(stored -> member.isConvener() || stored.clinicCase().presenterId() == member.memberId())
                .toList();
    }

    /** A follow-up on the agenda of a later clinic. */
    record AgendaItem(long caseId, String title, long presenterId, CaseStatus status) {
    }

    /** The follow-ups on the agenda of the community's clinics, by clinic id. */
    @Transactional(readOnly = true)
    public Map<Long, List<AgendaItem>> agendas(long communityId) {
        Map<Long, List<AgendaItem>> byClinic = new HashMap<>();
        cases.inCommunity(communityId, CaseLibrary.HELD_STATES).stream()
                .filter(stored -> stored.agendaClinicId() != null)
                .forEach(stored -> byClinic.computeIfAbsent(stored.agendaClinicId(), key -> new ArrayList<>())
                        .add(new AgendaItem(stored.id(), stored.clinicCase().content().title(),
                                stored.clinicCase().presenterId(), stored.clinicCase().status())));
        return byClinic;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
