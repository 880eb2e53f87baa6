package org.convene.identity;

/** A person now has an account (from the first-run page, an invitation or the demo). */
public record AccountCreated(long accountId, String email, String displayName) {
}
