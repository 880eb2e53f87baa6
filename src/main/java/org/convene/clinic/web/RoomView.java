package org.convene.clinic.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.convene.clinic.AdviceStory;
import org.convene.clinic.CaseKind;
import org.convene.clinic.ContributionKind;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.Variation;
import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.protocol.ContributionRules;
import org.convene.clinic.protocol.Postable;
import org.convene.clinic.protocol.Refusal;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.ClinicState;
import org.jspecify.annotations.Nullable;

/**
 * A live clinic as one participant sees it: the page renders it and the API returns it as
 * JSON. Times are instants; the browser counts down to {@link #deadline()} itself.
 *
 * @param stepRevision what the facilitator's next command names, so a double click changes once
 * @param present      members with the room open right now
 * @param youMayPost   what your role may post in this step, as the protocol decides
 */
public record RoomView(long id, long communityId, long caseId, String caseTitle, String question, CaseKind caseKind,
        CaseStatus caseStatus, boolean hasVisual, ClinicState state, @Nullable Step step, @Nullable Instant deadline,
        @Nullable Integer plannedMinutes, @Nullable Step furthestStep, long stepRevision, long revision,
        Variation variation, Instant startsAt, int totalMinutes, List<StepPlan> agenda, Person presenter,
        Person facilitator, List<Person> invitees, List<ContributionView> contributions, List<QueuedHand> queue,
        @Nullable Person speaker, RoomRole yourRole, long yourMemberId, boolean yourHandRaised,
        List<Person> present, Postable youMayPost) {

    /** {@link #yourMemberId()} of a view meant for everyone in a role rather than one person. */
    static final long NOBODY = -1;

    /** Someone in the room, by their member id. */
    public record Person(long id, String name) {

        public String initials() {
            String[] words = name.strip().split("\\s+");
            String first = words[0].isEmpty() ? "?" : words[0].substring(0, 1);
            return words.length > 1 ? first + words[words.length - 1].charAt(0) : first;
        }
    }

    /** One step of the agenda, with its planned minutes. */
    record StepPlan(Step step, int minutes, boolean current, boolean done) {
    }

    /** A contribution with its author's name. */
    public record ContributionView(long id, Step step, Person author, RoomRole role, ContributionKind kind, String text,
            @Nullable Long replyTo, @Nullable AdviceStory story, Instant postedAt) {
    }

    /** A contribution and what replied to it (answers to a question, comments on advice). */
    record Thread(ContributionView item, List<ContributionView> replies) {
    }

    /** How many threads of a step the room shows before "show earlier". */
    static final int THREADS_SHOWN = 20;

    /** A raised hand in speaking order, with how many turns its owner has had. */
    record QueuedHand(Person member, Instant raisedAt, int turns) {
    }

    public boolean running() {
        return state == ClinicState.RUNNING;
    }

    public boolean ended() {
        return state == ClinicState.ENDED;
    }

    public boolean facilitating() {
        return yourRole == RoomRole.FACILITATOR;
    }

    public boolean presenting() {
        return yourRole == RoomRole.PRESENTER;
    }

    public boolean delayedResponse() {
        return variation == Variation.DELAYED_RESPONSE;
    }

    public boolean summaryReached() {
        return furthestStep == Step.SUMMARY;
    }

    /** Whether you may raise your hand now. */
    public boolean raisesHands() {
        return running() && ClinicSession.raisesHands(yourRole);
    }

    /**
     * The kinds your composer offers. A member is offered every kind members post, so that trying
     * advice too early is refused with the step's hint: that is how the group learns the protocol.
     */
    public List<ContributionKind> offeredKinds() {
        if (youMayPost.standalone().isEmpty()) {
            return List.of();
        }
        return yourRole.postsAsMember() ? ContributionRules.kindsOf(yourRole) : youMayPost.standalone();
    }

    /** The kind your composer starts with: the one this step asks of you. */
    public @Nullable ContributionKind preselectedKind() {
        if (!youMayPost.standalone().isEmpty()) {
            return youMayPost.standalone().get(0);
        }
        return youMayPost.replies().isEmpty() ? null : youMayPost.replies().get(0);
    }

    /** Whether you may give advice now, which the composer offers to tell as a story. */
    public boolean advising() {
        return youMayPost.standalone().contains(ContributionKind.ADVICE);
    }

    /** Whether the presenter's summary is saved: the case is held, or further along. */
    public boolean summarySaved() {
        return caseStatus.compareTo(CaseStatus.HELD) >= 0;
    }

    /** Whether you may only reply in this step (the presenter answering questions, commenting on advice). */
    public boolean repliesOnly() {
        return youMayPost.standalone().isEmpty() && !youMayPost.replies().isEmpty();
    }

    /** The presenter sums up: takeaways, the advice to act on, the follow-up date. */
    public boolean summarising() {
        return youMayPost.standalone().contains(ContributionKind.TAKEAWAY);
    }

    /** The kind you may reply to {@code contribution} with now, if any. */
    public @Nullable ContributionKind replyKindFor(ContributionView contribution) {
        return step == null ? null
                : ContributionRules.replyTo(contribution.kind(), step, variation, yourRole).orElse(null);
    }

    /** Why you only listen in this step, as a message key. */
    public String listeningKey() {
        if (step == Step.ADVICE && delayedResponse() && presenting()) {
            return Refusal.PRESENTER_LISTENS_DURING_ADVICE.messageKey();
        }
        return "clinic.composer.listen." + (step == null ? "context" : step.name().toLowerCase(java.util.Locale.ROOT));
    }

    /** The latest contribution, which screen readers hear about. */
    public @Nullable ContributionView latest() {
        return contributions.isEmpty() ? null : contributions.get(contributions.size() - 1);
    }

    /**
     * Every step with its threads, in protocol order, each reply under what it replies to. Steps
     * without contributions are listed too (empty), so that a contribution arriving live always has
     * its list to join.
     */
    public Map<Step, List<Thread>> threadsByStep() {
        Map<Long, List<ContributionView>> replies = new LinkedHashMap<>();
        for (ContributionView contribution : contributions) {
            if (contribution.replyTo() != null) {
                replies.computeIfAbsent(contribution.replyTo(), key -> new ArrayList<>()).add(contribution);
            }
        }
        Map<Step, List<Thread>> byStep = new LinkedHashMap<>();
        for (Step each : Step.values()) {
            byStep.put(each, new ArrayList<>());
        }
        for (ContributionView contribution : contributions) {
            if (contribution.replyTo() == null) {
                byStep.get(contribution.step())
                        .add(new Thread(contribution, replies.getOrDefault(contribution.id(), List.of())));
            }
        }
        return byStep;
    }

    /**
     * The threads a step shows at first: its latest. The earlier ones come on request
     * ({@link #earlier}), so that the room of a long clinic loads as fast as a short one.
     */
    public List<Thread> recent(List<Thread> threads) {
        return threads.subList(Math.max(0, threads.size() - THREADS_SHOWN), threads.size());
    }

    /** The threads of {@code step} that {@link #recent} leaves out, oldest first. */
    public List<Thread> earlier(Step step) {
        List<Thread> threads = threadsByStep().get(step);
        return threads.subList(0, threads.size() - recent(threads).size());
    }

    public List<ContributionView> advice() {
        return ofKind(ContributionKind.ADVICE);
    }

    public List<ContributionView> takeaways() {
        return ofKind(ContributionKind.TAKEAWAY);
    }

    public List<ContributionView> ofKind(ContributionKind kind) {
        return contributions.stream().filter(contribution -> contribution.kind() == kind).toList();
    }

    /** Ids of members who have contributed, for the advisers shown on the summary. */
    public Set<String> advisers() {
        var names = new java.util.LinkedHashSet<String>();
        ofKind(ContributionKind.ADVICE).forEach(advice -> names.add(advice.author().name()));
        return names;
    }
}
