package org.convene.testing;

import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.convene.identity.AccountSummary;
import org.convene.identity.Accounts;

/**
 * Accounts for tests, made through the identity module's API like any other module would, each
 * with an email no other test uses (the database is shared by every test of a context).
 */
public final class TestAccounts {

    /** The administrator that exists from the start in every {@link ConveneIntegrationTest}. */
    public static final String ADMIN_EMAIL = "admin@convene.test";
    public static final String ADMIN_PASSWORD = "steady-harbour-lights-42";
    /** The password of every account made here (long enough for the password rules). */
    public static final String PASSWORD = "correct-horse-battery";

    private static final AtomicLong SEQUENCE = new AtomicLong();
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private TestAccounts() {
    }

    /** An email address no other test has used, e.g. {@code ana-3-1a2b3c4d@convene.test}. */
    public static String uniqueEmail(String name) {
        return name.toLowerCase(Locale.ROOT) + "-" + SEQUENCE.incrementAndGet() + "-" + RUN + "@convene.test";
    }

    /** A new account named {@code displayName}, with {@link #PASSWORD}. */
    public static TestAccount create(Accounts accounts, String displayName) {
        var email = uniqueEmail(displayName.split("\\s+")[0]);
        return new TestAccount(accounts.register(email, displayName, PASSWORD), PASSWORD);
    }

    /** An account made for a test, with the password it signs in with. */
    public record TestAccount(AccountSummary summary, String password) {

        public long id() {
            return summary.id();
        }

        public String email() {
            return summary.email();
        }

        public String displayName() {
            return summary.displayName();
        }
    }
}
