package org.convene.notification;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A notification worded for its reader.
 *
 * @param text    what happened, in the reader's language
 * @param note    the presenter's note, as written
 * @param outcome for advice outcomes: {@code WORKED}, {@code PARTLY}, {@code DID_NOT_WORK} or {@code NOT_TRIED}
 * @param link    the page to open, an application path
 */
record NotificationView(long id, NotificationKind kind, String text, @Nullable String note, @Nullable String outcome,
        long communityId, long caseId, String caseTitle, String link, Instant createdAt, boolean read) {
}
