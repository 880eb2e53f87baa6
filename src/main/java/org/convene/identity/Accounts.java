package org.convene.identity;

import java.util.Optional;

/** Creating and finding accounts, for modules that bring people in (invitations, demo data). */
public interface Accounts {

    /** Emails are compared without regard to case or surrounding spaces. */
    Optional<AccountSummary> findByEmail(String email);

    Optional<AccountSummary> findById(long accountId);

    /**
     * Creates an account with a hashed password.
     *
     * @throws org.convene.web.InvalidInputException on {@code password} when the password policy refuses it
     * @throws org.convene.web.ConflictException when the email already has an account
     */
    AccountSummary register(String email, String displayName, String rawPassword);

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
