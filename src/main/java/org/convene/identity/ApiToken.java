package org.convene.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;

/** A personal API token; only its SHA-256 hash is kept, the token itself is shown once. */
record ApiToken(@Id @Nullable Long id, long accountId, String name, String tokenHash, Instant createdAt,
        @Nullable Instant lastUsedAt) {
}
