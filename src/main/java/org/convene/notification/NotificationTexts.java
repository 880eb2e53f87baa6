package org.convene.notification;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Words notifications in the reader's language, from the facts stored. */
@Component
class NotificationTexts {

    private final MessageSource messages;

    NotificationTexts(MessageSource messages) {
        this.messages = messages;
    }

    NotificationView view(Notification notification) {
        return new NotificationView(notification.id(), notification.kind(), text(notification), notification.note(),
                notification.outcome(), notification.communityId(), notification.subjectId(),
                notification.subjectTitle(), notification.link(), notification.createdAt(), notification.read());
    }

    String text(Notification notification) {
        String key = switch (notification.kind()) {
            case ADVICE_OUTCOME -> "notification.adviceOutcome."
                    + String.valueOf(notification.outcome()).toLowerCase(Locale.ROOT);
            case FOLLOW_UP_DUE -> "notification.followUpDue";
        };
        return messages.getMessage(key, new Object[] {notification.actorName(), notification.subjectTitle()},
                LocaleContextHolder.getLocale());
    }
}
