package org.convene.identity;

import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountSettings {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final PersistentTokenRepository rememberedBrowsers;
    private final ApiTokenService apiTokens;

    AccountSettings(AccountRepository accounts, PasswordEncoder passwordEncoder,
            PersistentTokenRepository rememberedBrowsers, ApiTokenService apiTokens) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.rememberedBrowsers = rememberedBrowsers;
        this.apiTokens = apiTokens;
    }

    @Transactional(readOnly = true)
    AccountSummary get(long accountId) {
        return load(accountId).summary();
    }

    @Transactional
    void update(long accountId, String displayName, String locale) {
        var account = load(accountId);
        account.rename(displayName);
        account.chooseLocale(locale.isBlank() ? null : locale);
        accounts.save(account);
    }

    /**
     * Changes the password, which ends the account's other sessions and forgets the browsers that
     * remember it (the caller signs the current session in again).
     *
     * @return false when {@code current} is not the account's password
     * @throws InvalidInputException on {@code replacement} when the password policy refuses it
     */
    @Transactional
    boolean changePassword(long accountId, String current, String replacement) {
        var account = load(accountId);
        if (!passwordEncoder.matches(current, account.passwordHash())) {
            return false;
        }
        PasswordPolicy.standard().refusal(replacement, account.email(), account.displayName()).ifPresent(refusal -> {
            throw new InvalidInputException("replacement", refusal);
        });
        account.changePassword(passwordEncoder.encode(replacement));
        accounts.save(account);
        rememberedBrowsers.removeUserTokens(account.email());
        return true;
    }

    /**
     * Ends every page session of the account (at its next request, on any node), forgets every browser
     * that remembers it and, if asked, revokes its API tokens.
     */
    @Transactional
    void signOutEverywhere(long accountId, boolean alsoApiTokens) {
        var account = load(accountId);
        account.endSessions();
        accounts.save(account);
        rememberedBrowsers.removeUserTokens(account.email());
        if (alsoApiTokens) {
            apiTokens.revokeAll(accountId);
        }
    }

    private Account load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
    }
}
