package org.convene.identity;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What signed a request in, named so that other modules can tie something to it and let go of it
 * when it ends ({@link CredentialEnded}): {@code session:<id>} for pages, {@code token:<id>} for the API.
 */
public final class Credentials {

    static final String TOKEN_ATTRIBUTE = Credentials.class.getName() + ".token";

    private Credentials() {
    }

    public static String of(HttpServletRequest request) {
        Object token = request.getAttribute(TOKEN_ATTRIBUTE);
        if (token != null) {
            return token(token.toString());
        }
        var session = request.getSession(false);
        return session == null ? "request:" + System.identityHashCode(request) : session(session.getId());
    }

    static String token(String tokenHash) {
        return "token:" + tokenHash;
    }

    static String session(String sessionId) {
        return "session:" + sessionId;
    }
}
