package org.convene.clinic.session;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.convene.clinic.AgendaAdjusted;
import org.convene.clinic.ClinicEnded;
import org.convene.clinic.ClinicEvent;
import org.convene.clinic.ClinicStarted;
import org.convene.clinic.Contribution;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.ContributionPosted;
import org.convene.clinic.FloorGiven;
import org.convene.clinic.HandLowered;
import org.convene.clinic.HandRaised;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.StepExtended;
import org.convene.clinic.StepResumed;
import org.convene.clinic.StepShortened;
import org.convene.clinic.StepSkipped;
import org.convene.clinic.StepStarted;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.ClinicCase;
import org.convene.clinic.protocol.Agenda;
import org.convene.clinic.protocol.ClinicRuleException;
import org.convene.clinic.protocol.ContributionRules;
import org.convene.clinic.protocol.Refusal;
import org.jspecify.annotations.Nullable;

/**
 * One clinic as it runs live: {@code NOT_STARTED → CONTEXT → UNDERSTANDING → SHARING →
 * ADVICE → SUMMARY → ENDED}, the contributions, and the speaking queue. Every change is
 * guarded by the protocol's rules and raises a past-tense {@link ClinicEvent}, which is both
 * returned (so the caller knows what this call changed) and kept in {@link #domainEvents()}
 * until published. Time is always passed in: the aggregate never reads a clock.
 *
 * <h2>Racing clicks</h2>
 * Only the facilitator controls the clock and the steps, and every such command names the
 * {@link #stepRevision()} it was issued against; the revision moves on with every change
 * of step or deadline. A command naming an older revision is <em>stale</em>: it changes
 * nothing and returns no events, so two clicks racing (one person double-clicking, or a
 * facilitator on two devices) produce exactly one change, and neither sees an error, since
 * both end up looking at the state they asked for. The step revision is separate from
 * {@link #revision()} so that questions and raised hands arriving meanwhile do not make the
 * facilitator's click stale. Posting and the speaking queue need no revision: each post is
 * new, and raising, lowering and giving the floor are idempotent.
 *
 * <h2>Refusals</h2>
 * Anything against the rules throws {@link ClinicRuleException} with its {@link Refusal}
 * and leaves the clinic as it was. The role check comes before the staleness check, so a
 * member is told they cannot control the clinic whatever revision they name.
 */
public final class ClinicSession implements ClinicCase.HeldClinic {

    static final int MAX_EXTENSION_MINUTES = 60;
    private static final Duration SHORTEST_REMAINING = Duration.ofMinutes(1);

    private final long id;
    private final long presenterId;
    private final long facilitatorId;
    private final Variation variation;
    private Agenda agenda;

    private ClinicState state = ClinicState.NOT_STARTED;
    private @Nullable RunningStep running;
    private @Nullable Step furthestStep;
    /** Steps left by advancing, latest on top, with the moment they were left: what "back" returns to. */
    private final Deque<LeftStep> stepsBehind = new ArrayDeque<>();
    private long revision;
    private long stepRevision;

    private final List<Contribution> contributions = new ArrayList<>();
    private SpeakingQueue queue = SpeakingQueue.empty();
    private final Map<Long, Integer> turnsTaken = new HashMap<>();
    private @Nullable Long speaker;
    /** Whether the presenter has written the summary after the clinic ended (see {@link #summarise}). */
    private boolean summarisedAfterEnd;

    private final List<ClinicEvent> domainEvents = new ArrayList<>();

    /** A step left by advancing or skipping, and when: what {@link #back} returns to. */
    record LeftStep(RunningStep step, Instant leftAt) {
    }

    /**
     * Everything a clinic knows, as plain values, so storage can keep it and give it back
     * exactly: {@link #snapshot()} and {@link #restore(Snapshot)} are inverse. A clinic restored
     * after a restart is in the same step with the same deadline, the same revisions (so a
     * facilitator's click issued before the restart is still recognised as current or stale),
     * the same queue and the same turn counts.
     *
     * @param stepsBehind the steps "back" returns to, latest first
     * @param hands       the raised hands in the order they were raised
     * @param summarisedAfterEnd whether the presenter wrote the summary once the clinic had ended
     */
    record Snapshot(long id, long presenterId, long facilitatorId, Variation variation, Agenda agenda,
            ClinicState state, @Nullable RunningStep running, @Nullable Step furthestStep, List<LeftStep> stepsBehind,
            long revision, long stepRevision, List<Contribution> contributions, List<RaisedHand> hands,
            Map<Long, Integer> turnsTaken, @Nullable Long speaker, boolean summarisedAfterEnd) {

        Snapshot {
            stepsBehind = List.copyOf(stepsBehind);
            contributions = List.copyOf(contributions);
            hands = List.copyOf(hands);
            turnsTaken = Map.copyOf(turnsTaken);
            if ((state == ClinicState.RUNNING) != (running != null)) {
                throw new IllegalArgumentException("a step runs exactly while the clinic is running");
            }
            if (summarisedAfterEnd && state != ClinicState.ENDED) {
                throw new IllegalArgumentException("only an ended clinic is summarised after its end");
            }
            for (int i = 0; i < contributions.size(); i++) {
                if (contributions.get(i).id() != i + 1) {
                    throw new IllegalArgumentException("contributions are numbered 1, 2, 3… in the order posted");
                }
            }
        }
    }

    /**
     * A scheduled clinic, not started yet.
     *
     * @throws IllegalArgumentException if the presenter would facilitate their own case: the
     *                                  facilitator's neutrality is what keeps the protocol honest
     */
    ClinicSession(long id, long presenterId, long facilitatorId, Variation variation, Agenda agenda) {
        if (presenterId == facilitatorId) {
            throw new IllegalArgumentException("the presenter cannot facilitate their own clinic");
        }
        this.id = id;
        this.presenterId = presenterId;
        this.facilitatorId = facilitatorId;
        this.variation = variation;
        this.agenda = agenda;
    }

    /** The clinic as it was when {@code snapshot} was taken, with no events pending. */
    static ClinicSession restore(Snapshot snapshot) {
        ClinicSession clinic = new ClinicSession(snapshot.id(), snapshot.presenterId(), snapshot.facilitatorId(),
                snapshot.variation(), snapshot.agenda());
        clinic.state = snapshot.state();
        clinic.running = snapshot.running();
        clinic.furthestStep = snapshot.furthestStep();
        clinic.stepsBehind.addAll(snapshot.stepsBehind());
        clinic.revision = snapshot.revision();
        clinic.stepRevision = snapshot.stepRevision();
        clinic.contributions.addAll(snapshot.contributions());
        clinic.queue = new SpeakingQueue(snapshot.hands());
        clinic.turnsTaken.putAll(snapshot.turnsTaken());
        clinic.speaker = snapshot.speaker();
        clinic.summarisedAfterEnd = snapshot.summarisedAfterEnd();
        return clinic;
    }

    /** What storage keeps of this clinic (see {@link Snapshot}); pending events are not part of it. */
    Snapshot snapshot() {
        return new Snapshot(id, presenterId, facilitatorId, variation, agenda, state, running, furthestStep,
                List.copyOf(stepsBehind), revision, stepRevision, contributions, queue.hands(), turnsTaken, speaker,
                summarisedAfterEnd);
    }

    // ----- before the start -----------------------------------------------------------

    /**
     * Sets one step's planned minutes before the start; the total follows (see
     * {@link Agenda#withMinutes}). Setting a step to what it already is changes nothing.
     */
    public List<ClinicEvent> adjustAgenda(long actorId, Step step, int minutes, Instant now) {
        requireFacilitator(actorId);
        if (state != ClinicState.NOT_STARTED) {
            throw new ClinicRuleException(Refusal.AGENDA_FIXED_ONCE_STARTED);
        }
        Agenda adjusted = agenda.withMinutes(step, minutes);
        if (adjusted.equals(agenda)) {
            return List.of();
        }
        agenda = adjusted;
        return raise(new AgendaAdjusted(id, nextRevision(), now, step, minutes, adjusted.totalMinutes()));
    }

    // ----- the facilitator's controls --------------------------------------------------

    public List<ClinicEvent> start(long actorId, long expectedStepRevision, Instant now) {
        requireFacilitator(actorId);
        if (isStale(expectedStepRevision)) {
            return List.of();
        }
        if (state != ClinicState.NOT_STARTED) {
            throw new ClinicRuleException(state == ClinicState.ENDED ? Refusal.ALREADY_ENDED : Refusal.ALREADY_STARTED);
        }
        int mark = domainEvents.size();
        state = ClinicState.RUNNING;
        stepRevision++;
        raise(new ClinicStarted(id, nextRevision(), now, variation, agenda.totalMinutes()));
        begin(Step.CONTEXT, now);
        return eventsSince(mark);
    }

    /**
     * Moves on to the next step. Sharing planned for no time (nobody has a related
     * experience) is passed over. Advancing from Summary ends the clinic.
     */
    public List<ClinicEvent> advance(long actorId, long expectedStepRevision, Instant now) {
        requireFacilitator(actorId);
        if (isStale(expectedStepRevision)) {
            return List.of();
        }
        RunningStep current = requireRunning();
        Optional<Step> next = current.step().next();
        if (next.isEmpty()) {
            return finish(now);
        }
        int mark = domainEvents.size();
        stepRevision++;
        leave(current, now);
        Step target = next.get();
        if (target == Step.SHARING && agenda.minutes(Step.SHARING) == 0) {
            raise(new StepSkipped(id, nextRevision(), now, Step.SHARING));
            target = Step.ADVICE;
        }
        begin(target, now);
        return eventsSince(mark);
    }

    /**
     * Goes back to the step run before this one; a Sharing passed over without running is not
     * returned to, one cut short is. It runs again with the time it had left when it was left, so an accidental advance costs
     * nothing; when the current step is later advanced to again, it starts afresh.
     */
    public List<ClinicEvent> back(long actorId, long expectedStepRevision, Instant now) {
        requireFacilitator(actorId);
        if (isStale(expectedStepRevision)) {
            return List.of();
        }
        requireRunning();
        LeftStep previous = stepsBehind.poll();
        if (previous == null) {
            throw new ClinicRuleException(Refusal.NO_PREVIOUS_STEP);
        }
        RunningStep resumed = previous.step().resumedAfter(Duration.between(previous.leftAt(), now));
        running = resumed;
        speaker = null;
        stepRevision++;
        return raise(new StepResumed(id, nextRevision(), now, resumed.step(), resumed.deadline(), stepRevision));
    }

    /** Gives the current step more time: 1 to {@value #MAX_EXTENSION_MINUTES} minutes. */
    public List<ClinicEvent> extend(long actorId, long expectedStepRevision, int minutes, Instant now) {
        if (minutes < 1 || minutes > MAX_EXTENSION_MINUTES) {
            throw new IllegalArgumentException("a step is extended by 1 to " + MAX_EXTENSION_MINUTES + " minutes");
        }
        requireFacilitator(actorId);
        if (isStale(expectedStepRevision)) {
            return List.of();
        }
        RunningStep current = requireRunning();
        RunningStep extended = current.extendedBy(minutes);
        running = extended;
        stepRevision++;
        return raise(new StepExtended(id, nextRevision(), now, extended.step(), minutes, extended.deadline(),
                stepRevision));
    }

    /**
     * Takes time from the current step, but always leaves at least one minute: a shortening
     * that would leave less (or a step already in its last minute, or over time) is refused
     * rather than cut to an amount the facilitator did not ask for.
     */
    public List<ClinicEvent> shorten(long actorId, long expectedStepRevision, int minutes, Instant now) {
        if (minutes < 1) {
            throw new IllegalArgumentException("a step is shortened by at least one minute");
        }
        requireFacilitator(actorId);
        if (isStale(expectedStepRevision)) {
            return List.of();
        }
        RunningStep current = requireRunning();
        RunningStep shortened = current.shortenedBy(minutes);
        if (shortened.remaining(now).compareTo(SHORTEST_REMAINING) < 0) {
            throw new ClinicRuleException(Refusal.SHORTEN_BELOW_ONE_MINUTE);
        }
        running = shortened;
        stepRevision++;
        return raise(new StepShortened(id, nextRevision(), now, shortened.step(), minutes, shortened.deadline(),
                stepRevision));
    }

    /**
     * Goes straight to Advice, passing over Sharing (from Understanding) or cutting it short
     * (from Sharing itself). Refused in any other step: there is no Sharing to skip there.
     */
    public List<ClinicEvent> skipSharing(long actorId, long expectedStepRevision, Instant now) {
        requireFacilitator(actorId);
        if (isStale(expectedStepRevision)) {
            return List.of();
        }
        RunningStep current = requireRunning();
        if (current.step() != Step.UNDERSTANDING && current.step() != Step.SHARING) {
            throw new ClinicRuleException(Refusal.SHARING_NOT_NEXT);
        }
        int mark = domainEvents.size();
        stepRevision++;
        leave(current, now);
        raise(new StepSkipped(id, nextRevision(), now, Step.SHARING));
        begin(Step.ADVICE, now);
        return eventsSince(mark);
    }

    /**
     * Ends the clinic in whatever step it is. {@link ClinicEnded#summaryReached()} says whether
     * it got to its Summary; either way the presenter may still write the summary afterwards
     * ({@link #summarise}).
     */
    public List<ClinicEvent> end(long actorId, long expectedStepRevision, Instant now) {
        requireFacilitator(actorId);
        if (isStale(expectedStepRevision)) {
            return List.of();
        }
        requireRunning();
        return finish(now);
    }

    // ----- what people post ------------------------------------------------------------

    /**
     * Posts a contribution if the current step accepts it from the author's role (see
     * {@link ContributionRules}); answers must reply to a question and comments to a piece of
     * advice of this clinic, and nothing else may reply.
     */
    public List<ClinicEvent> post(long authorId, ContributionDraft draft, Instant now) {
        if (running == null) {
            throw new ClinicRuleException(Refusal.NOT_RUNNING);
        }
        Step step = running.step();
        RoomRole role = roleOf(authorId);
        ContributionRules.check(step, variation, role, draft.kind()).ifPresent(refusal -> {
            throw new ClinicRuleException(refusal);
        });
        checkReply(draft);
        Contribution contribution = new Contribution(contributions.size() + 1L, step, authorId, role, draft.kind(),
                draft.text(), draft.replyTo(), draft.story(), now);
        contributions.add(contribution);
        tookTurn(authorId);
        return raise(new ContributionPosted(id, nextRevision(), now, contribution));
    }

    /**
     * The presenter's takeaways, which belong to the Summary. While the clinic runs they are posted
     * like any contribution, so only in Summary. Once it has ended, in whatever step, the presenter
     * may still write them, once: a facilitator ending before the summary must not strand the case.
     * They are then kept as the Summary's takeaways, and count as no turn, as the queue is gone.
     */
    List<ClinicEvent> summarise(long presenterId, List<String> takeaways, Instant now) {
        List<ContributionDraft> drafts = takeaways.stream()
                .map(takeaway -> ContributionDraft.of(ContributionKind.TAKEAWAY, takeaway))
                .toList();
        int mark = domainEvents.size();
        if (state != ClinicState.ENDED) {
            // The same rules for every takeaway: the first refused is refused before anything changed.
            drafts.forEach(draft -> post(presenterId, draft, now));
            return eventsSince(mark);
        }
        if (roleOf(presenterId) != RoomRole.PRESENTER) {
            throw new ClinicRuleException(Refusal.PRESENTER_ONLY);
        }
        if (summarisedAfterEnd) {
            throw new ClinicRuleException(Refusal.SUMMARY_ALREADY_SAVED);
        }
        summarisedAfterEnd = true;
        for (ContributionDraft draft : drafts) {
            Contribution takeaway = new Contribution(contributions.size() + 1L, Step.SUMMARY, presenterId,
                    RoomRole.PRESENTER, draft.kind(), draft.text(), null, null, now);
            contributions.add(takeaway);
            raise(new ContributionPosted(id, nextRevision(), now, takeaway));
        }
        return eventsSince(mark);
    }

    /** Whether the presenter has written the summary after the clinic ended. */
    boolean summarisedAfterEnd() {
        return summarisedAfterEnd;
    }

    private void checkReply(ContributionDraft draft) {
        Optional<ContributionKind> parentKind = ContributionRules.requiredParent(draft.kind());
        Long replyTo = draft.replyTo();
        if (parentKind.isEmpty()) {
            if (replyTo != null) {
                throw new ClinicRuleException(Refusal.REPLY_NOT_EXPECTED);
            }
            return;
        }
        boolean repliesToRightKind = replyTo != null && contribution(replyTo)
                .filter(parent -> parent.kind() == parentKind.get())
                .isPresent();
        if (!repliesToRightKind) {
            throw new ClinicRuleException(parentKind.get() == ContributionKind.QUESTION
                    ? Refusal.ANSWER_NEEDS_QUESTION
                    : Refusal.COMMENT_NEEDS_ADVICE);
        }
    }

    // ----- the speaking queue ------------------------------------------------------------

    /** A member asks for the floor; raising a hand already raised changes nothing (they keep their place). */
    public List<ClinicEvent> raiseHand(long memberId, Instant now) {
        if (running == null) {
            throw new ClinicRuleException(Refusal.NOT_RUNNING);
        }
        if (!raisesHands(roleOf(memberId))) {
            throw new ClinicRuleException(Refusal.ONLY_MEMBERS_RAISE_HANDS);
        }
        if (queue.contains(memberId)) {
            return List.of();
        }
        queue = queue.raise(memberId, now);
        return raise(new HandRaised(id, nextRevision(), now, memberId));
    }

    /** The presenter speaks in their own steps and the facilitator hands out the floor: members ask for it. */
    public static boolean raisesHands(RoomRole role) {
        return role == RoomRole.MEMBER;
    }

    /** A member withdraws; lowering a hand that is not raised changes nothing. */
    public List<ClinicEvent> lowerHand(long memberId, Instant now) {
        if (!queue.contains(memberId)) {
            return List.of();
        }
        queue = queue.lower(memberId);
        return raise(new HandLowered(id, nextRevision(), now, memberId));
    }

    /** The facilitator lowers someone's hand (they spoke meanwhile, or stepped away); not raised, nothing changes. */
    public List<ClinicEvent> lowerHandOf(long actorId, long memberId, Instant now) {
        requireFacilitator(actorId);
        return lowerHand(memberId, now);
    }

    /** The facilitator clears the queue, for instance when the discussion moves on; one event per hand lowered. */
    public List<ClinicEvent> clearQueue(long actorId, Instant now) {
        requireFacilitator(actorId);
        int mark = domainEvents.size();
        for (RaisedHand hand : queue.hands()) {
            lowerHand(hand.memberId(), now);
        }
        return eventsSince(mark);
    }

    /**
     * The facilitator gives the floor to someone in the queue, not necessarily its head:
     * the order is the fair default, the facilitator keeps the judgement. Giving it again to
     * the member who already has it changes nothing (a racing second click).
     */
    public List<ClinicEvent> giveFloor(long actorId, long memberId, Instant now) {
        requireFacilitator(actorId);
        requireRunning();
        if (!queue.contains(memberId)) {
            if (speaker != null && speaker == memberId) {
                return List.of();
            }
            throw new ClinicRuleException(Refusal.NOT_IN_QUEUE);
        }
        queue = queue.lower(memberId);
        speaker = memberId;
        tookTurn(memberId);
        return raise(new FloorGiven(id, nextRevision(), now, memberId));
    }

    // ----- what the room sees ------------------------------------------------------------

    long id() {
        return id;
    }

    public long presenterId() {
        return presenterId;
    }

    public long facilitatorId() {
        return facilitatorId;
    }

    public Variation variation() {
        return variation;
    }

    public Agenda agenda() {
        return agenda;
    }

    public ClinicState state() {
        return state;
    }

    /** The number of the last event; 0 before anything happened. */
    public long revision() {
        return revision;
    }

    /** What the facilitator's next command must name; moves on with every change of step or deadline. */
    public long stepRevision() {
        return stepRevision;
    }

    public Optional<RunningStep> runningStep() {
        return Optional.ofNullable(running);
    }

    public Optional<Step> currentStep() {
        return runningStep().map(RunningStep::step);
    }

    public Optional<Instant> deadline() {
        return runningStep().map(RunningStep::deadline);
    }

    /** Time left in the current step; negative in overtime, which is shown, not enforced. */
    Optional<Duration> remaining(Instant now) {
        return runningStep().map(step -> step.remaining(now));
    }

    /** The latest step the clinic got to, kept after it ended; empty before the start. */
    @Override
    public Optional<Step> furthestStep() {
        return Optional.ofNullable(furthestStep);
    }

    public List<Contribution> contributions() {
        return List.copyOf(contributions);
    }

    @Override
    public Optional<Contribution> contribution(long contributionId) {
        return contributionId >= 1 && contributionId <= contributions.size()
                ? Optional.of(contributions.get((int) contributionId - 1))
                : Optional.empty();
    }

    /** The raised hands, fewest turns first, then earliest raised. */
    public List<RaisedHand> speakingQueue() {
        return queue.inSpeakingOrder(this::turnsTaken);
    }

    public Optional<Long> speaker() {
        return Optional.ofNullable(speaker);
    }

    /** Turns someone has taken in this clinic: contributions posted plus floors given. */
    public int turnsTaken(long memberId) {
        return turnsTaken.getOrDefault(memberId, 0);
    }

    public RoomRole roleOf(long personId) {
        if (personId == presenterId) {
            return RoomRole.PRESENTER;
        }
        return personId == facilitatorId ? RoomRole.FACILITATOR : RoomRole.MEMBER;
    }

    /** Events raised and not yet published, oldest first. */
    List<ClinicEvent> domainEvents() {
        return List.copyOf(domainEvents);
    }

    public void clearDomainEvents() {
        domainEvents.clear();
    }

    // ----- internals ---------------------------------------------------------------------

    private void requireFacilitator(long actorId) {
        if (actorId != facilitatorId) {
            throw new ClinicRuleException(Refusal.FACILITATOR_ONLY);
        }
    }

    private RunningStep requireRunning() {
        if (running != null) {
            return running;
        }
        throw new ClinicRuleException(state == ClinicState.ENDED ? Refusal.ALREADY_ENDED : Refusal.NOT_STARTED);
    }

    private boolean isStale(long expectedStepRevision) {
        return expectedStepRevision != stepRevision;
    }

    private void leave(RunningStep current, Instant now) {
        stepsBehind.push(new LeftStep(current, now));
    }

    private void begin(Step step, Instant now) {
        RunningStep started = RunningStep.start(step, agenda.minutes(step), now);
        running = started;
        furthestStep = furthestStep == null || step.compareTo(furthestStep) > 0 ? step : furthestStep;
        speaker = null;
        raise(new StepStarted(id, nextRevision(), now, step, started.plannedMinutes(), started.deadline(),
                stepRevision));
    }

    private List<ClinicEvent> finish(Instant now) {
        RunningStep last = running;
        if (last == null) {
            throw new IllegalStateException("only a running clinic can finish");
        }
        state = ClinicState.ENDED;
        running = null;
        stepsBehind.clear();
        queue = SpeakingQueue.empty();
        speaker = null;
        stepRevision++;
        return raise(new ClinicEnded(id, nextRevision(), now, last.step(), furthestStep == Step.SUMMARY));
    }

    private void tookTurn(long personId) {
        turnsTaken.merge(personId, 1, Integer::sum);
    }

    private long nextRevision() {
        return ++revision;
    }

    private List<ClinicEvent> raise(ClinicEvent event) {
        domainEvents.add(event);
        return List.of(event);
    }

    private List<ClinicEvent> eventsSince(int mark) {
        return List.copyOf(domainEvents.subList(mark, domainEvents.size()));
    }
}
