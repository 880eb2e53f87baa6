package org.convene.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.rememberme.CookieTheftException;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Remember-me cookies kept as rows ({@code persistent_logins}), so that they can be revoked: each use
 * replaces the cookie's token, signing out deletes the account's rows, and so do a password change and
 * "sign out everywhere" ({@link AccountSettings}).
 *
 * <p>A cookie whose series is known but whose token is stale was copied, or raced by a second tab: Spring
 * Security then deletes every row of the account, as it should, but also lets the exception escape as a
 * server error. Here the browser is simply not signed in, and asked for its password.
 */
class RevocableRememberMe extends PersistentTokenBasedRememberMeServices {

    RevocableRememberMe(String key, UserDetailsService details, PersistentTokenRepository tokens) {
        super(key, details, tokens);
    }

    @Override
    protected UserDetails processAutoLoginCookie(String[] cookieTokens, HttpServletRequest request,
            HttpServletResponse response) {
        try {
            return super.processAutoLoginCookie(cookieTokens, request, response);
        } catch (CookieTheftException stale) {
            throw new InvalidCookieException(stale.getMessage());
        }
    }
}
