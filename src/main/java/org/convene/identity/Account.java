package org.convene.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class Account {

    @Id
    private @Nullable Long id;
    private String email;
    private String passwordHash;
    private String displayName;
    private boolean administrator;
    private @Nullable String locale;
    private Instant createdAt;
    private int sessionEpoch;
    @Version
    private @Nullable Integer version;

    Account(String email, String passwordHash, String displayName, boolean administrator, Instant createdAt) {
        this.email = Accounts.normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.displayName = displayName.strip();
        this.administrator = administrator;
        this.createdAt = createdAt;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("account not saved yet");
        }
        return id;
    }

    String email() {
        return email;
    }

    String passwordHash() {
        return passwordHash;
    }

    String displayName() {
        return displayName;
    }

    boolean administrator() {
        return administrator;
    }

    @Nullable String locale() {
        return locale;
    }

    void chooseLocale(@Nullable String languageTag) {
        this.locale = languageTag;
    }

    /** A new password ends the sessions signed in with the old one. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        endSessions();
    }

    /** Every session signed in before now is over at its next request ({@link SessionEpochCheck}). */
    void endSessions() {
        this.sessionEpoch++;
    }

    int sessionEpoch() {
        return sessionEpoch;
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName.strip();
    }

    AccountSummary summary() {
        return new AccountSummary(id(), email, displayName, administrator, locale);
    }

    ConveneUser toUser() {
        return new ConveneUser(id(), email, displayName, administrator, passwordHash, sessionEpoch);
    }
}
