package org.convene.identity;

/**
 * A session ended (signed out, expired) or an API token was revoked: whatever was opened with it
 * must close.
 *
 * @param credential as named by {@link Credentials#of}
 */
public record CredentialEnded(String credential) {
}
