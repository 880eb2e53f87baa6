/**
 * In-app notifications: what a person is told about what happened elsewhere (how the advice
 * they gave worked out, a follow-up they owe), the bell in the page header with the unread
 * count, and the list to read them. Owns its table; learns what happened only from other
 * modules' public events ({@link org.convene.clinic.FollowUpFiled}, {@link org.convene.clinic.FollowUpDue})
 * and finds people through the community's public API. Texts are stored as facts and worded
 * in the reader's language when shown.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
@org.jspecify.annotations.NullMarked
package org.convene.notification;
