package org.convene.clinic.session;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The clinics this node read or wrote lately, as stored. A live clinic is asked for on every
 * post, hand and stream; rebuilding it from its tables each time cost more than the post
 * itself. An entry is only used for the version the database holds now, so a change made on
 * another node, or a write that rolled back, is never read from here; and it is only
 * remembered once its transaction has committed.
 */
@Component
class RecentClinics {

    private static final int CAPACITY = 2_000;

    private final Cache<Long, StoredClinic> byId = Caffeine.newBuilder().maximumSize(CAPACITY).build();

    /** The clinic as stored under {@code version}, with a session of the caller's own. */
    Optional<StoredClinic> find(long clinicId, int version) {
        StoredClinic known = byId.getIfPresent(clinicId);
        return known != null && known.version() == version ? Optional.of(known.copy()) : Optional.empty();
    }

    /** Keeps the clinic as stored, once (and if) the current transaction commits. */
    void remember(StoredClinic stored) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            keep(stored);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                keep(stored);
            }
        });
    }

    private void keep(StoredClinic stored) {
        byId.asMap().merge(stored.id(), stored,
                (known, offered) -> offered.version() > known.version() ? offered : known);
    }
}
