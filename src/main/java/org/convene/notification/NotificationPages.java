package org.convene.notification;

import org.convene.identity.ConveneUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The person's notifications: read them, open what they point to, mark them read. */
@Controller
class NotificationPages {

    private final Notifications notifications;
    private final NotificationTexts texts;

    NotificationPages(Notifications notifications, NotificationTexts texts) {
        this.notifications = notifications;
        this.texts = texts;
    }

    @GetMapping("/notifications")
    String list(@AuthenticationPrincipal ConveneUser user, Model model) {
        model.addAttribute("notifications", notifications.of(user.accountId()).stream().map(texts::view).toList());
        return "notification/list";
    }

    /** Marks the notification read and opens the page it points to. */
    @PostMapping("/notifications/{id}/open")
    String open(@AuthenticationPrincipal ConveneUser user, @PathVariable long id) {
        Notification notification = notifications.markRead(user.accountId(), id);
        return "redirect:" + notification.link();
    }

    @PostMapping("/notifications/{id}/read")
    String read(@AuthenticationPrincipal ConveneUser user, @PathVariable long id) {
        notifications.markRead(user.accountId(), id);
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/read")
    String readAll(@AuthenticationPrincipal ConveneUser user) {
        notifications.markAllRead(user.accountId());
        return "redirect:/notifications?allRead";
    }
}
