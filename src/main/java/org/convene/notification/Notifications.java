package org.convene.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.convene.clinic.AdviceFeedback;
import org.convene.clinic.FollowUpDue;
import org.convene.clinic.FollowUpFiled;
import org.convene.community.Communities;
import org.convene.community.Membership;
import org.convene.web.NotFoundException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns what happened elsewhere into notifications for the people concerned, and serves a
 * person their own. Each event is told once per person (a redelivered event adds nothing).
 */
@Service
class Notifications {

    static final int LIST_LIMIT = 100;

    private final NotificationStore store;
    private final Communities communities;
    private final Clock clock;

    Notifications(NotificationStore store, Communities communities, Clock clock) {
        this.store = store;
        this.communities = communities;
        this.clock = clock;
    }

    /** Each adviser whose advice was adopted hears how it worked out, with the presenter's note. */
    @ApplicationModuleListener
    void on(FollowUpFiled filed) {
        String presenter = communities.member(filed.communityId(), filed.presenterId())
                .map(Membership::displayName).orElse("—");
        String link = "/communities/" + filed.communityId() + "/cases/" + filed.caseId();
        for (AdviceFeedback feedback : filed.feedback()) {
            if (feedback.adviserId() == filed.presenterId()) {
                continue;
            }
            communities.member(filed.communityId(), feedback.adviserId()).ifPresent(adviser -> store.add(
                    adviser.accountId(), filed.communityId(), NotificationKind.ADVICE_OUTCOME, filed.caseId(),
                    filed.caseTitle(), presenter, feedback.outcome().name(),
                    feedback.note().isBlank() ? null : feedback.note(), link,
                    "advice-outcome:" + filed.caseId() + ":" + feedback.adviceId(), now()));
        }
    }

    /** The presenter is reminded that the community is waiting to hear what happened. */
    @ApplicationModuleListener
    void on(FollowUpDue due) {
        communities.member(due.communityId(), due.presenterId()).ifPresent(presenter -> store.add(
                presenter.accountId(), due.communityId(), NotificationKind.FOLLOW_UP_DUE, due.caseId(),
                due.caseTitle(), presenter.displayName(), null, null,
                "/communities/" + due.communityId() + "/cases/" + due.caseId() + "/follow-up",
                "follow-up-due:" + due.caseId(), now()));
    }

    @Transactional(readOnly = true)
    List<Notification> of(long accountId) {
        return store.of(accountId, LIST_LIMIT);
    }

    @Transactional(readOnly = true)
    int unread(long accountId) {
        return store.unread(accountId);
    }

    /** Marks one of the person's notifications read; someone else's is not found (404). */
    @Transactional
    Notification markRead(long accountId, long notificationId) {
        store.find(notificationId, accountId).orElseThrow(() -> new NotFoundException("notification"));
        store.markRead(notificationId, accountId, now());
        return store.find(notificationId, accountId).orElseThrow();
    }

    @Transactional
    int markAllRead(long accountId) {
        return store.markAllRead(accountId, now());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
