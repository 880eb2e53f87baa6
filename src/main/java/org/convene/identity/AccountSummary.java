package org.convene.identity;

import org.jspecify.annotations.Nullable;

/** What other modules may know of an account. */
public record AccountSummary(long id, String email, String displayName, boolean administrator,
        @Nullable String locale) {
}
