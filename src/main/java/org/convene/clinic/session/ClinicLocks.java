package org.convene.clinic.session;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.springframework.dao.CannotAcquireLockException;

/**
 * One change at a time per clinic on this node, taken before a database connection is borrowed.
 * Without it, people posting into one busy room at once each hold a connection while the clinic row
 * they all update is locked by the first, lose the version race, retry, and starve the pool that the
 * room's rendering needs too. Across nodes the clinic's version still decides (see {@link ClinicStore}).
 */
final class ClinicLocks {

    private static final int STRIPES = 64;
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    // Fair: changes to a room are made in the order people asked for them.
    private final ReentrantLock[] stripes = new ReentrantLock[STRIPES];

    ClinicLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new ReentrantLock(true);
        }
    }

    <T> T inTurn(long clinicId, Supplier<T> change) {
        ReentrantLock lock = stripes[Math.floorMod(Long.hashCode(clinicId), STRIPES)];
        try {
            if (!lock.tryLock(PATIENCE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new CannotAcquireLockException("clinic " + clinicId + " is too busy to change now");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CannotAcquireLockException("interrupted while waiting to change clinic " + clinicId, e);
        }
        try {
            return change.get();
        } finally {
            lock.unlock();
        }
    }
}
