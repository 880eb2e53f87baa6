package org.convene.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a page session signed in before its account's password changed or its owner chose "sign out
 * everywhere" ({@link Account#endSessions}). Sessions live in each node's memory; the epoch lives in
 * the shared database, so a session on any node is over at its next request.
 */
final class SessionEpochCheck extends OncePerRequestFilter {

    static final String SESSION_ENDED = "/login?sessionEnded";

    private final AccountRepository accounts;

    SessionEpochCheck(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConveneUser user
                && !accounts.findSessionEpochById(user.accountId()).map(epoch -> epoch == user.sessionEpoch())
                        .orElse(false)) {
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            SecurityContextHolder.clearContext();
            String signIn = request.getContextPath() + SESSION_ENDED;
            if (request.getHeader("HX-Request") != null) {
                // htmx would swap the sign-in page into a part of this one: it loads it whole instead.
                response.setHeader("HX-Redirect", signIn);
                response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            } else {
                response.sendRedirect(signIn);
            }
            return;
        }
        chain.doFilter(request, response);
    }
}
