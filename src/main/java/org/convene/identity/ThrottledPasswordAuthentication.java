package org.convene.identity;

import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Email and password sign-in that refuses, before looking at the password, an email that
 * {@link LoginThrottle} has locked, whether or not an account has it (so a lock tells nothing
 * about which emails exist). The refusal is a {@link LockedException}, which the sign-in page
 * explains.
 */
class ThrottledPasswordAuthentication extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;

    ThrottledPasswordAuthentication(UserDetailsService details, LoginThrottle throttle) {
        super(details);
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        if (throttle.isLocked(String.valueOf(authentication.getName()))) {
            throw new LockedException("too many failed sign-ins");
        }
        return super.authenticate(authentication);
    }
}
