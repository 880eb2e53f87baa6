package org.convene.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as every module sees them (the principal of pages and API alike). */
public final class ConveneUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final boolean administrator;
    private @Nullable String passwordHash;
    /** The account's session epoch when this person signed in; a session of an earlier epoch is over. */
    private final int sessionEpoch;

    ConveneUser(long accountId, String email, String displayName, boolean administrator,
            @Nullable String passwordHash, int sessionEpoch) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.administrator = administrator;
        this.passwordHash = passwordHash;
        this.sessionEpoch = sessionEpoch;
    }

    public long accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public boolean administrator() {
        return administrator;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return administrator
                ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConveneUser user && user.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "ConveneUser[" + accountId + "]";
    }
}
