package org.convene.clinic.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.LongFunction;

import org.convene.clinic.Contribution;
import org.convene.clinic.RoomRole;
import org.convene.clinic.Step;
import org.convene.clinic.cases.CaseContent;
import org.convene.clinic.cases.StoredCase;
import org.convene.clinic.protocol.ContributionRules;
import org.convene.clinic.protocol.Postable;
import org.convene.clinic.session.ClinicService;
import org.convene.clinic.session.ClinicSession;
import org.convene.clinic.session.ClinicState;
import org.convene.clinic.session.RunningStep;
import org.convene.clinic.session.StoredClinic;
import org.convene.live.LivePresence;
import org.springframework.stereotype.Component;

/**
 * Builds what participants see of a clinic from the stored clinic, its case and the names of the
 * people in it: for one participant (the page, the API), or for everyone in one role (what the
 * room's events carry, rendered once per role rather than once per person).
 */
@Component
public class ClinicViews {

    private final RoomSources sources;
    private final LivePresence presence;

    ClinicViews(RoomSources sources, LivePresence presence) {
        this.sources = sources;
        this.presence = presence;
    }

    /** The clinic as {@code access}'s member sees it. */
    public RoomView room(ClinicService.ClinicAccess access) {
        long me = access.member().memberId();
        ClinicSession session = access.clinic().session();
        return build(access.clinic(), session.roleOf(me), me,
                session.speakingQueue().stream().anyMatch(hand -> hand.memberId() == me), present(access.clinic()));
    }

    /** The clinic as anyone in {@code role} sees it, with nothing of one person's own. */
    public RoomView room(StoredClinic stored, RoomRole role) {
        return build(stored, role, RoomView.NOBODY, false, List.of());
    }

    /** The same, with who is present as an event said. */
    public RoomView room(StoredClinic stored, RoomRole role, Set<Long> present) {
        return build(stored, role, RoomView.NOBODY, false, people(stored.communityId(), present));
    }

    private RoomView build(StoredClinic stored, RoomRole role, long me, boolean handRaised,
            List<RoomView.Person> present) {
        return build(stored, sources.caseOf(stored.caseId()), id -> sources.person(stored.communityId(), id), role,
                me, handRaised, present);
    }

    /** The view of a clinic, its case and the people in it by {@code person}: plain values, no storage. */
    static RoomView build(StoredClinic stored, StoredCase storedCase, LongFunction<RoomView.Person> person,
            RoomRole role, long me, boolean handRaised, List<RoomView.Person> present) {
        ClinicSession session = stored.session();
        CaseContent content = storedCase.clinicCase().content();
        Step current = session.currentStep().orElse(null);
        Step furthest = session.furthestStep().orElse(null);
        boolean ended = session.state() == ClinicState.ENDED;
        List<RoomView.StepPlan> agenda = Arrays.stream(Step.values())
                .map(step -> new RoomView.StepPlan(step, session.agenda().minutes(step), step == current,
                        ended || furthest != null && step.compareTo(furthest) < 0 && step != current))
                .toList();
        List<RoomView.ContributionView> contributions = session.contributions().stream()
                .map(contribution -> contribution(contribution, person.apply(contribution.authorId())))
                .toList();
        List<RoomView.QueuedHand> queue = session.speakingQueue().stream()
                .map(hand -> new RoomView.QueuedHand(person.apply(hand.memberId()), hand.raisedAt(),
                        session.turnsTaken(hand.memberId())))
                .toList();
        Postable postable = current == null ? new Postable(List.of(), List.of())
                : ContributionRules.postable(current, session.variation(), role);
        return new RoomView(stored.id(), stored.communityId(), stored.caseId(), content.title(), content.question(),
                content.kind(), storedCase.clinicCase().status(), storedCase.hasVisual(), session.state(), current,
                session.deadline().orElse(null), session.runningStep().map(RunningStep::plannedMinutes).orElse(null),
                furthest, session.stepRevision(), session.revision(), session.variation(), stored.startsAt(),
                session.agenda().totalMinutes(), agenda, person.apply(session.presenterId()),
                person.apply(session.facilitatorId()),
                stored.invitees().stream().map(person::apply).sorted(Comparator.comparing(RoomView.Person::name))
                        .toList(),
                contributions, queue, session.speaker().map(person::apply).orElse(null),
                role, me, handRaised, present, postable);
    }

    /** Who has the room open now, by name. */
    List<RoomView.Person> present(StoredClinic stored) {
        return people(stored.communityId(), presence.present(ClinicService.topic(stored.id())));
    }

    private List<RoomView.Person> people(long communityId, Set<Long> ids) {
        return ids.stream().map(id -> sources.person(communityId, id))
                .sorted(Comparator.comparing(RoomView.Person::name)).toList();
    }

    public static RoomView.ContributionView contribution(Contribution contribution, RoomView.Person author) {
        return new RoomView.ContributionView(contribution.id(), contribution.step(), author, contribution.role(),
                contribution.kind(), contribution.text(), contribution.replyTo(), contribution.story(),
                contribution.postedAt());
    }
}
