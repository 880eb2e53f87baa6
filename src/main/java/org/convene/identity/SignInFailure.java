package org.convene.identity;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Back to the sign-in page with the reason and the email typed (when it could be one), never the password. */
@Component
class SignInFailure extends SimpleUrlAuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        var reason = exception instanceof LockedException ? "locked" : "error";
        var email = request.getParameter("email");
        if (email != null && !LoginThrottle.acceptableEmail(email)) {
            email = null; // no account has it, and echoing it could overflow the redirect's header
        }
        // As a URI variable the email is encoded strictly: a '+' in it must not come back as a space.
        var target = UriComponentsBuilder.fromPath("/login").queryParam(reason).queryParam("email", "{email}")
                .encode().buildAndExpand(email == null ? "" : email).toUriString();
        getRedirectStrategy().sendRedirect(request, response, target);
    }
}
