package org.convene.clinic.cases;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case as storage keeps it: the aggregate, the community it belongs to and the version
 * that guards concurrent edits, with what surrounds the case without being one of its rules.
 *
 * @param visualType      the content type of its visual, or null when it has none yet
 * @param dimension       the benchmarking dimension it was brought on, or null
 * @param agendaClinicId  the later clinic whose agenda carries its follow-up, or null
 * @param followUpFiledAt when the follow-up report was filed, or null while none is
 */
public record StoredCase(long communityId, ClinicCase clinicCase, int version, Instant updatedAt,
        @Nullable String visualType, @Nullable String dimension, @Nullable Long agendaClinicId,
        @Nullable Instant followUpFiledAt) {

    public long id() {
        return clinicCase.id();
    }

    public boolean hasVisual() {
        return visualType != null;
    }
}
