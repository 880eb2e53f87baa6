package org.convene.clinic.session;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.convene.clinic.ClinicEnded;
import org.convene.clinic.ClinicEvent;
import org.convene.clinic.ClinicEventName;
import org.convene.clinic.Contribution;
import org.convene.clinic.ContributionPosted;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.cases.CaseStore;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.cases.StoredCase;
import org.convene.clinic.protocol.Agenda;
import org.convene.clinic.protocol.AgendaPlanner;
import org.convene.community.Communities;
import org.convene.community.CommunityAccess;
import org.convene.community.Membership;
import org.convene.live.LiveEvents;
import org.convene.web.ForbiddenException;
import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Scheduling clinics and running them. Every live command loads the clinic, lets
 * {@link ClinicSession} decide, saves it under its version and, once committed, tells the room
 * (topic {@code clinic-<id>}). Two commands racing: the loser's save fails on the version and
 * it is tried again on the fresh clinic, where the step revision it named is now stale, so it
 * changes nothing: two clicks, one change.
 */
@Service
public class ClinicService {

    private static final int ATTEMPTS = 5;

    private final ClinicStore clinics;
    private final CaseStore cases;
    private final CommunityAccess access;
    private final Communities communities;
    private final LiveEvents live;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ClinicLocks locks = new ClinicLocks();
    private final PostingRate postingRate;

    ClinicService(ClinicStore clinics, CaseStore cases, CommunityAccess access, Communities communities,
            LiveEvents live, ApplicationEventPublisher events, PlatformTransactionManager transactionManager,
            Clock clock) {
        this.clinics = clinics;
        this.cases = cases;
        this.access = access;
        this.communities = communities;
        this.live = live;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.postingRate = new PostingRate(clock);
    }

    public static String topic(long clinicId) {
        return "clinic-" + clinicId;
    }

    // ----- scheduling --------------------------------------------------------------------

    /** What a convener or facilitator asks for when scheduling; null total means the default hour. */
    public record ScheduleRequest(long caseId, Instant startsAt, @Nullable Integer totalMinutes,
            @Nullable Variation variation, long facilitatorId, List<Long> inviteeIds) {
    }

    @Transactional
    public StoredClinic schedule(long communityId, long accountId, ScheduleRequest request) {
        Membership scheduler = access.requireFacilitator(communityId, accountId);
        StoredCase stored = cases.find(request.caseId())
                .filter(found -> found.communityId() == communityId)
                .filter(found -> found.clinicCase().status() != CaseStatus.DRAFT)
                .orElseThrow(() -> new InvalidInputException("caseId", "clinic.schedule.caseUnknown"));
        ClinicCase clinicCase = stored.clinicCase();
        Membership facilitator = communities.member(communityId, request.facilitatorId())
                .filter(member -> member.role().canFacilitate())
                .orElseThrow(() -> new InvalidInputException("facilitatorId", "clinic.schedule.facilitatorNotAllowed"));
        if (!mayFacilitate(facilitator, clinicCase.presenterId())) {
            throw new InvalidInputException("facilitatorId", "clinic.schedule.presenterCannotFacilitate");
        }
        Set<Long> invitees = new LinkedHashSet<>();
        for (long invitee : request.inviteeIds()) {
            if (communities.member(communityId, invitee).isEmpty()) {
                throw new InvalidInputException("inviteeIds", "clinic.schedule.inviteeUnknown");
            }
            if (invitee != clinicCase.presenterId() && invitee != facilitator.memberId()) {
                invitees.add(invitee);
            }
        }
        int total = request.totalMinutes() == null ? AgendaPlanner.DEFAULT_TOTAL : request.totalMinutes();
        Agenda agenda = AgendaPlanner.plan(total, clinicCase.relatedExperienceCount());
        clinicCase.schedule();
        cases.save(stored, now());
        long id = clinics.insert(communityId, clinicCase.id(), clinicCase.presenterId(), facilitator.memberId(),
                request.variation() == null ? Variation.STANDARD : request.variation(), agenda, request.startsAt(),
                invitees, scheduler.memberId(), now());
        return clinics.find(id).orElseThrow();
    }

    /** Whether this member may facilitate the clinic of a case: their role allows it, and it is not their own case. */
    public static boolean mayFacilitate(Membership member, long presenterId) {
        return member.role().canFacilitate() && member.memberId() != presenterId;
    }

    // ----- opening a clinic ------------------------------------------------------------------

    /** The clinic and the caller's membership in its community (404 for anyone else). */
    @Transactional(readOnly = true)
    public ClinicAccess open(long clinicId, long accountId) {
        StoredClinic clinic = clinics.find(clinicId).orElseThrow(() -> new NotFoundException("clinic"));
        Membership member = access.require(clinic.communityId(), accountId);
        return new ClinicAccess(clinic, member);
    }

    /** Like {@link #open} but also checks the clinic belongs to the community in the address. */
    @Transactional(readOnly = true)
    public ClinicAccess open(long communityId, long clinicId, long accountId) {
        ClinicAccess opened = open(clinicId, accountId);
        if (opened.clinic().communityId() != communityId) {
            throw new NotFoundException("clinic");
        }
        return opened;
    }

    // ----- live commands ------------------------------------------------------------------

    /** One change to a live clinic, decided by the session. */
    @FunctionalInterface
    public interface Command {
        List<ClinicEvent> apply(ClinicSession session, long memberId, Instant now);
    }

    /** A facilitator's command, which names the step revision it was issued against. */
    @FunctionalInterface
    public interface StepCommand {
        List<ClinicEvent> apply(ClinicSession session, long memberId, long expectedStepRevision, Instant now);
    }

    /**
     * Runs a facilitator's command. Without {@code expectedStepRevision} the command is meant
     * for the clinic as the caller finds it now; that revision is fixed at the first reading,
     * so a retry after losing a race sees it as stale rather than applying twice.
     */
    public ClinicAccess control(long clinicId, long accountId, @Nullable Long expectedStepRevision, StepCommand command) {
        long[] expected = {expectedStepRevision == null ? -1 : expectedStepRevision};
        boolean resolve = expectedStepRevision == null;
        return run(clinicId, accountId, (session, memberId, now) -> {
            if (resolve && expected[0] < 0) {
                expected[0] = session.stepRevision();
            }
            return command.apply(session, memberId, expected[0], now);
        });
    }

    /** Runs a command that needs no revision (hands, the floor). */
    public ClinicAccess run(long clinicId, long accountId, Command command) {
        return change(clinicId, accountId, command).access();
    }

    /**
     * Posts a contribution and returns it as stored, with its number. The draft is read only once
     * the caller is known to be in the room, so an outsider learns nothing from its validation.
     */
    public PostedContribution post(long clinicId, long accountId, Supplier<ContributionDraft> draft) {
        postingRate.take(clinicId, accountId);
        Change change = change(clinicId, accountId,
                (session, memberId, now) -> session.post(memberId, draft.get(), now));
        Contribution posted = change.happened().stream()
                .filter(ContributionPosted.class::isInstance)
                .map(event -> ((ContributionPosted) event).contribution())
                .findFirst()
                .orElseThrow();
        return new PostedContribution(posted, change.access().member());
    }

    private Change change(long clinicId, long accountId, Command command) {
        return inTurn(clinicId, () -> transactions.execute(status -> {
            ClinicAccess opened = open(clinicId, accountId);
            StoredClinic stored = opened.clinic();
            Instant now = now();
            List<ClinicEvent> happened = command.apply(stored.session(), opened.member().memberId(), now);
            if (!happened.isEmpty()) {
                clinics.save(stored, now);
                if (happened.stream().anyMatch(ClinicEnded.class::isInstance)) {
                    caseOfEndedClinic(stored.caseId(), now);
                }
                announce(happened);
            }
            stored.session().clearDomainEvents();
            return new Change(opened, happened);
        }));
    }

    /**
     * Runs one change of a clinic in its turn on this node; a change that lost a race on the
     * database (to another node) is tried again on the fresh clinic.
     */
    private <T> T inTurn(long clinicId, Supplier<T> change) {
        return locks.inTurn(clinicId, () -> {
            for (int attempt = 1; ; attempt++) {
                try {
                    return change.get();
                } catch (ConcurrencyFailureException lostRace) {
                    if (attempt == ATTEMPTS) {
                        throw lostRace;
                    }
                }
            }
        });
    }

    /** In the transaction that ended the clinic, so that no case is ever left scheduled for a clinic that is over. */
    private void caseOfEndedClinic(long caseId, Instant now) {
        StoredCase storedCase = cases.find(caseId).orElseThrow();
        if (storedCase.clinicCase().clinicEnded()) {
            cases.save(storedCase, now);
        }
    }

    /** What one command did to the clinic, and the clinic after it as the caller sees it. */
    private record Change(ClinicAccess access, List<ClinicEvent> happened) {
    }

    /** A contribution just posted, and its author. */
    public record PostedContribution(Contribution contribution, Membership author) {
    }

    // ----- the summary ------------------------------------------------------------------------

    /**
     * The presenter sums up at Summary, or once the clinic has ended if they had not by then: their
     * takeaways are posted, the advice they will act on is adopted, the follow-up date set (six
     * weeks unless chosen), and the case becomes held.
     */
    public ClinicAccess summarise(long clinicId, long accountId, List<String> takeaways, Set<Long> adoptedAdviceIds,
            @Nullable LocalDate followUpOn) {
        return inTurn(clinicId, () -> transactions.execute(status -> {
            ClinicAccess opened = open(clinicId, accountId);
            StoredClinic stored = opened.clinic();
            ClinicSession session = stored.session();
            if (session.roleOf(opened.member().memberId()) != RoomRole.PRESENTER) {
                throw new ForbiddenException("clinic.presenterOnly");
            }
            Instant now = now();
            List<ClinicEvent> happened = session.summarise(opened.member().memberId(),
                    takeaways.stream().filter(takeaway -> !takeaway.isBlank()).toList(), now);
            StoredCase storedCase = cases.find(stored.caseId()).orElseThrow();
            LocalDate today = LocalDate.ofInstant(now, zone(opened.member().timeZone()));
            storedCase.clinicCase().hold(session, today, adoptedAdviceIds, followUpOn);
            cases.save(storedCase, now);
            // Saved even without takeaways: after the end, the session remembers it was summarised.
            clinics.save(stored, now);
            announce(happened);
            session.clearDomainEvents();
            live.publish(topic(clinicId), ClinicEventName.CASE_HELD, new CaseHeldNotice(clinicId, stored.caseId(),
                    storedCase.clinicCase().followUpOn().orElseThrow()));
            return open(clinicId, accountId);
        }));
    }

    /** What the room hears when the presenter has summed up. */
    record CaseHeldNotice(long clinicId, long caseId, LocalDate followUpOn) {
    }

    private void announce(List<ClinicEvent> happened) {
        for (ClinicEvent event : happened) {
            live.publish(topic(event.clinicId()), ClinicEventName.of(event).wireName(), event);
            events.publishEvent(event);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The member's time zone, or UTC when theirs is not one Java knows. */
    public static ZoneId zone(Membership member) {
        return zone(member.timeZone());
    }

    private static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (java.time.DateTimeException e) {
            return java.time.ZoneOffset.UTC;
        }
    }

    /** A clinic opened by a member of its community. */
    public record ClinicAccess(StoredClinic clinic, Membership member) {

        public RoomRole role() {
            return clinic.session().roleOf(member.memberId());
        }
    }
}
