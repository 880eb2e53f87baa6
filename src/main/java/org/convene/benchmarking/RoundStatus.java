package org.convene.benchmarking;

/** Where a round stands, from its dates. */
enum RoundStatus {
    UPCOMING, OPEN, CLOSED
}
