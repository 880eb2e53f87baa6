package org.convene.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One thing a person is told, as stored: the facts, worded when shown.
 *
 * @param subjectTitle what it is about (a case's title)
 * @param actorName    who did it (the presenter)
 * @param outcome      for {@link NotificationKind#ADVICE_OUTCOME}, how the advice worked out
 * @param link         the page to open, an application path
 */
record Notification(long id, long recipientAccountId, long communityId, NotificationKind kind, long subjectId,
        String subjectTitle, String actorName, @Nullable String outcome, @Nullable String note, String link,
        Instant createdAt, @Nullable Instant readAt) {

    boolean read() {
        return readAt != null;
    }
}
