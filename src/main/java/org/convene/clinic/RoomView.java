package org.convene.clinic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A live clinic as one participant sees it: the page renders it and the API returns it as
 * JSON. Times are instants; the browser counts down to {@link #deadline()} itself.
 *
 * @param stepRevision what the facilitator's next command names, so a double click changes once
 * @param present      members with the room open right now
 */
record RoomView(long id, long communityId, long caseId, String caseTitle, String question, CaseKind caseKind,
        CaseStatus caseStatus, boolean hasVisual, ClinicState state, @Nullable Step step, @Nullable Instant deadline,
        @Nullable Integer plannedMinutes, @Nullable Step furthestStep, long stepRevision, long revision,
        Variation variation, Instant startsAt, int totalMinutes, List<StepPlan> agenda, Person presenter,
        Person facilitator, List<Person> invitees, List<ContributionView> contributions, List<QueuedHand> queue,
        @Nullable Person speaker, RoomRole yourRole, long yourMemberId, boolean yourHandRaised,
        List<Person> present) {

    /** Someone in the room, by their member id. */
    record Person(long id, String name) {

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
    record ContributionView(long id, Step step, Person author, RoomRole role, ContributionKind kind, String text,
            @Nullable Long replyTo, @Nullable AdviceStory story, Instant postedAt) {
    }

    /** A contribution and what replied to it (answers to a question, comments on advice). */
    record Thread(ContributionView item, List<ContributionView> replies) {
    }

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

    /** The contributions of each step that has some, in protocol order, each reply under what it replies to. */
    public Map<Step, List<Thread>> threadsByStep() {
        Map<Long, List<ContributionView>> replies = new LinkedHashMap<>();
        for (ContributionView contribution : contributions) {
            if (contribution.replyTo() != null) {
                replies.computeIfAbsent(contribution.replyTo(), key -> new ArrayList<>()).add(contribution);
            }
        }
        Map<Step, List<Thread>> byStep = new LinkedHashMap<>();
        for (Step step : Step.values()) {
            for (ContributionView contribution : contributions) {
                if (contribution.step() == step && contribution.replyTo() == null) {
                    byStep.computeIfAbsent(step, key -> new ArrayList<>())
                            .add(new Thread(contribution, replies.getOrDefault(contribution.id(), List.of())));
                }
            }
        }
        return byStep;
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
