package org.convene.identity;

import org.convene.web.InvalidInputException;
import org.convene.web.NotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountSettings {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;

    AccountSettings(AccountRepository accounts, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
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
        return true;
    }

    private Account load(long accountId) {
        return accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account"));
    }
}
