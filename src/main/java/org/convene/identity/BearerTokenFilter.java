package org.convene.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/** Signs API callers in from {@code Authorization: Bearer <token>}; a wrong token is a 401. */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final ApiAuthenticationProblems problems;

    BearerTokenFilter(ApiTokenService tokens, ApiAuthenticationProblems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var raw = header.substring(BEARER.length()).strip();
        var user = tokens.authenticate(raw);
        if (user.isEmpty()) {
            problems.commence(request, response, new BadCredentialsException("unknown token"));
            return;
        }
        var authentication = new ApiTokenAuthentication(user.get());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        request.setAttribute(Credentials.TOKEN_ATTRIBUTE, SecretTokens.hash(raw));
        chain.doFilter(request, response);
    }
}
