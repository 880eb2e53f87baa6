package org.convene.notification;

/** What a notification is about; each has its own wording in the bundles ({@code notification.text.*}). */
enum NotificationKind {
    /** The presenter reported how the reader's advice worked out. */
    ADVICE_OUTCOME,
    /** The reader's follow-up is due: the community is waiting to hear what happened. */
    FOLLOW_UP_DUE
}
