package org.convene.identity;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.convene.web.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first administrator: from {@code CONVENE_ADMIN_EMAIL} / {@code CONVENE_ADMIN_PASSWORD}
 * when both are set; otherwise, while no administrator exists, a one-time setup code is printed
 * in the log and the {@code /setup} page asks for it (as Jenkins does).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final String adminEmail;
    private final String adminPassword;
    private final AtomicReference<@Nullable String> setupCode = new AtomicReference<>();

    FirstRun(AccountRepository accounts, AccountService accountService,
            @Value("${convene.admin.email:}") String adminEmail,
            @Value("${convene.admin.password:}") String adminPassword) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!adminEmail.isBlank() && !adminPassword.isBlank()) {
            if (accounts.findByEmail(Accounts.normalizeEmail(adminEmail)).isEmpty()) {
                try {
                    accountService.createAdministrator(adminEmail, "Administrator", adminPassword);
                } catch (InvalidInputException refused) {
                    throw new IllegalStateException("CONVENE_ADMIN_PASSWORD is refused by the password policy ("
                            + refused.messageKey() + "): at least 10 characters, at most 72 bytes, not a common "
                            + "password, without the email, the name or \"convene\"", refused);
                }
                log.info("Administrator {} created from CONVENE_ADMIN_EMAIL", adminEmail);
            }
            return;
        }
        if (!accounts.existsByAdministratorTrue()) {
            var code = SecretTokens.newToken("").substring(0, 12);
            setupCode.set(code);
            log.warn("""

                    *************************************************************
                    Convene has no administrator yet. Open /setup and enter
                    this one-time setup code:  {}
                    *************************************************************""", code);
        }
    }

    boolean setupOpen() {
        return setupCode.get() != null;
    }

    /** The code printed in the log while setup is open; for tests, which cannot read the log. */
    @Nullable String setupCode() {
        return setupCode.get();
    }

    /** Creates the administrator if the code is right; the code works once. */
    synchronized Optional<AccountSummary> completeSetup(String code, String email, String displayName,
            String password) {
        var expected = setupCode.get();
        if (expected == null || !java.security.MessageDigest.isEqual(expected.getBytes(), code.strip().getBytes())) {
            return Optional.empty();
        }
        var admin = accountService.createAdministrator(email, displayName, password);
        setupCode.set(null);
        return Optional.of(admin);
    }
}
