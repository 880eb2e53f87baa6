package org.convene.identity;

import java.io.Serial;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A caller signed in by a personal API token: what it may do is less than what a password allows. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final ConveneUser user;

    ApiTokenAuthentication(ConveneUser user) {
        super(user.getAuthorities());
        this.user = user;
        setAuthenticated(true);
    }

    @Override
    public ConveneUser getPrincipal() {
        return user;
    }

    @Override
    public Object getCredentials() {
        return "";
    }
}
