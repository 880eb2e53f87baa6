package org.convene.clinic;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case as storage keeps it: the aggregate, the community it belongs to and the version
 * that guards concurrent edits.
 *
 * @param visualType the content type of its visual, or null when it has none yet
 */
record StoredCase(long communityId, ClinicCase clinicCase, int version, Instant updatedAt,
        @Nullable String visualType) {

    long id() {
        return clinicCase.id();
    }

    boolean hasVisual() {
        return visualType != null;
    }
}
