package org.convene.notification;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.convene.identity.ConveneUser;
import org.convene.web.StaticResources;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The bell in the page header: every full page rendered for a signed-in person gets
 * {@value #ATTRIBUTE}, their unread count, which the layout shows. Redirects, htmx partials
 * (fragment views) and anonymous pages are left alone, so the live room's frequent partial
 * refreshes cost nothing and the sign-in page needs no account.
 */
@Configuration(proxyBeanMethods = false)
class NotificationBell implements WebMvcConfigurer {

    static final String ATTRIBUTE = "notificationBell";

    private final Notifications notifications;

    NotificationBell(Notifications notifications) {
        this.notifications = notifications;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    @Nullable ModelAndView view) {
                if (view == null || view.getViewName() == null || view.getViewName().startsWith("redirect:")
                        || view.getViewName().contains("::")) {
                    return;
                }
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                if (authentication != null && authentication.getPrincipal() instanceof ConveneUser user) {
                    view.addObject(ATTRIBUTE, notifications.unread(user.accountId()));
                }
            }
        }).excludePathPatterns("/api/**").excludePathPatterns(StaticResources.PATHS);
    }
}
