package org.convene.clinic;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.convene.community.Communities;
import org.convene.community.Membership;
import org.springframework.stereotype.Component;

/** Builds what participants see of a clinic from the stored clinic and the community's member names. */
@Component
class ClinicViews {

    private final Communities communities;
    private final CaseStore cases;
    private final Presence presence;

    ClinicViews(Communities communities, CaseStore cases, Presence presence) {
        this.communities = communities;
        this.cases = cases;
        this.presence = presence;
    }

    Map<Long, Membership> members(long communityId) {
        Map<Long, Membership> byId = new HashMap<>();
        communities.members(communityId).forEach(member -> byId.put(member.memberId(), member));
        return byId;
    }

    RoomView room(ClinicService.ClinicAccess access) {
        StoredClinic stored = access.clinic();
        ClinicSession session = stored.session();
        Map<Long, Membership> members = members(stored.communityId());
        StoredCase storedCase = cases.find(stored.caseId()).orElseThrow();
        CaseContent content = storedCase.clinicCase().content();
        Step current = session.currentStep().orElse(null);
        Step furthest = session.furthestStep().orElse(null);
        List<RoomView.StepPlan> agenda = java.util.Arrays.stream(Step.values())
                .map(step -> new RoomView.StepPlan(step, session.agenda().minutes(step), step == current,
                        session.state() == ClinicState.ENDED
                                || furthest != null && step.compareTo(furthest) < 0 && step != current))
                .toList();
        List<RoomView.ContributionView> contributions = session.contributions().stream()
                .map(contribution -> contribution(contribution, person(members, contribution.authorId())))
                .toList();
        List<RoomView.QueuedHand> queue = session.speakingQueue().stream()
                .map(hand -> new RoomView.QueuedHand(person(members, hand.memberId()), hand.raisedAt(),
                        session.turnsTaken(hand.memberId())))
                .toList();
        long me = access.member().memberId();
        return new RoomView(stored.id(), stored.communityId(), stored.caseId(), content.title(), content.question(),
                content.kind(), storedCase.clinicCase().status(), storedCase.hasVisual(), session.state(), current,
                session.deadline().orElse(null), session.runningStep().map(RunningStep::plannedMinutes).orElse(null),
                furthest, session.stepRevision(), session.revision(), session.variation(), stored.startsAt(),
                session.agenda().totalMinutes(), agenda, person(members, session.presenterId()),
                person(members, session.facilitatorId()),
                stored.invitees().stream().map(id -> person(members, id))
                        .sorted(java.util.Comparator.comparing(RoomView.Person::name)).toList(),
                contributions, queue, session.speaker().map(id -> person(members, id)).orElse(null),
                session.roleOf(me), me, session.speakingQueue().stream().anyMatch(hand -> hand.memberId() == me),
                presence.present(stored.id()).stream().map(id -> person(members, id))
                        .sorted(java.util.Comparator.comparing(RoomView.Person::name)).toList());
    }

    static RoomView.ContributionView contribution(Contribution contribution, RoomView.Person author) {
        return new RoomView.ContributionView(contribution.id(), contribution.step(), author, contribution.role(),
                contribution.kind(), contribution.text(), contribution.replyTo(), contribution.story(),
                contribution.postedAt());
    }

    static RoomView.Person person(Map<Long, Membership> members, long memberId) {
        Membership member = members.get(memberId);
        return new RoomView.Person(memberId, member == null ? "—" : member.displayName());
    }
}
