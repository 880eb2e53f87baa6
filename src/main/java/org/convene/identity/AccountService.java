package org.convene.identity;

import java.time.Clock;
import java.util.Optional;

import org.convene.web.ConflictException;
import org.convene.web.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccountService implements Accounts {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findByEmail(String email) {
        return accounts.findByEmail(Accounts.normalizeEmail(email)).map(Account::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountSummary> findById(long accountId) {
        return accounts.findById(accountId).map(Account::summary);
    }

    @Override
    @Transactional
    public AccountSummary register(String email, String displayName, String rawPassword) {
        return create(email, displayName, rawPassword, false);
    }

    @Transactional
    AccountSummary createAdministrator(String email, String displayName, String rawPassword) {
        return create(email, displayName, rawPassword, true);
    }

    private AccountSummary create(String email, String displayName, String rawPassword, boolean administrator) {
        PasswordPolicy.standard().refusal(rawPassword, email, displayName).ifPresent(refusal -> {
            throw new InvalidInputException("password", refusal);
        });
        if (accounts.findByEmail(Accounts.normalizeEmail(email)).isPresent()) {
            throw new ConflictException("account.emailTaken");
        }
        var account = accounts.save(new Account(email, passwordEncoder.encode(rawPassword), displayName,
                administrator, clock.instant()));
        var summary = account.summary();
        events.publishEvent(new AccountCreated(summary.id(), summary.email(), summary.displayName()));
        return summary;
    }
}
