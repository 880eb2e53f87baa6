package org.convene.identity;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Email and password sign-in that does the cheap checks first: an email no account can have is
 * refused unread, and an attempt {@link LoginThrottle} says must wait is refused before the
 * password is looked at, whether or not an account has the email (so a delay tells nothing about
 * which emails exist). The refusal is a {@link SignInDelayed}, which the sign-in page and the API
 * explain.
 */
class ThrottledPasswordAuthentication extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledPasswordAuthentication(UserDetailsService details, LoginThrottle throttle) {
        super(details);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (!LoginThrottle.acceptableEmail(String.valueOf(authentication.getName()))) {
            throw new BadCredentialsException("no account has an email this long");
        }
        var wait = throttle.waitBefore(authentication);
        if (wait.isPresent()) {
            throw new SignInDelayed(wait.get());
        }
        return super.authenticate(authentication);
    }
}
