package org.convene.notification;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.convene.identity.ConveneUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Your notifications, for scripts and other clients. */
@RestController
@Tag(name = "Notifications", description = "What you are told: how your advice worked out, follow-ups you owe")
class NotificationApi {

    private final Notifications notifications;
    private final NotificationTexts texts;

    NotificationApi(Notifications notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    /** Your notifications, newest first, and how many are unread. */
    record NotificationList(int unread, List<NotificationView> notifications) {
    }

    record Unread(int unread) {
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "Your notifications", description = "Newest first (at most 100), worded in your language "
            + "(Accept-Language), with the unread count.")
    NotificationList list(@AuthenticationPrincipal ConveneUser user) {
        return new NotificationList(notifications.unread(user.accountId()),
                notifications.of(user.accountId()).stream().map(texts::view).toList());
    }

    @PostMapping("/api/notifications/{id}/read")
    @Operation(summary = "Mark a notification read", description = "404 unless it is yours.")
    NotificationView read(@AuthenticationPrincipal ConveneUser user, @PathVariable long id) {
        return texts.view(notifications.markRead(user.accountId(), id));
    }

    @PostMapping("/api/notifications/read")
    @Operation(summary = "Mark all your notifications read")
    Unread readAll(@AuthenticationPrincipal ConveneUser user) {
        notifications.markAllRead(user.accountId());
        return new Unread(notifications.unread(user.accountId()));
    }
}
