package org.convene.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signs a person in to this browser's session as the sign-in form would (the same checks, a new
 * session id), for pages that have just been given the password: a new member's first sign-in, and
 * the session that changed its password and so must outlive the change.
 */
@Component
public class PageSignIn {

    private final AuthenticationManager authenticationManager;
    private final SecurityContextRepository contextRepository = new HttpSessionSecurityContextRepository();

    PageSignIn(AuthenticationManager authenticationManager) {
        this.authenticationManager = authenticationManager;
    }

    /** @return false when the email and password do not sign in (wrong, or delayed by the throttle) */
    public boolean signIn(String email, String password, HttpServletRequest request, HttpServletResponse response) {
        try {
            var authentication = authenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(email, password));
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(authentication);
            SecurityContextHolder.setContext(context);
            if (request.getSession(false) != null) {
                request.changeSessionId();
            }
            contextRepository.saveContext(context, request, response);
            return true;
        } catch (AuthenticationException e) {
            return false;
        }
    }
}
