package org.convene.benchmarking;

/**
 * How far the search for the best pairing goes.
 *
 * <p>Rounds up to {@code exactUpToUnits} units consider every reciprocal pair, so the
 * pairing is optimal. Larger rounds are cut into blocks of about {@code blockSize} units of
 * similar overall level (see {@link Pairing}), and inside a block each unit keeps only its
 * {@code partnersPerUnit} partners of highest mutual gain as candidates. The matching over
 * the candidates is still exact; docs/PERFORMANCE.md measures how close the result stays
 * to the true optimum.
 */
record PairingPolicy(int exactUpToUnits, int blockSize, int partnersPerUnit) {

    /**
     * The measured trade-off (docs/PERFORMANCE.md): exact up to 150 units (well under a
     * second even cold), beyond that blocks of 1,000 units and 12 partners per unit, which
     * pairs 5,000 units in about a quarter of a second.
     */
    static final PairingPolicy DEFAULT = new PairingPolicy(150, 1_000, 12);

    PairingPolicy {
        if (exactUpToUnits < 0 || blockSize < 2 || partnersPerUnit < 1) {
            throw new IllegalArgumentException(
                    "exactUpToUnits >= 0, blockSize >= 2 and partnersPerUnit >= 1 required");
        }
    }

    /** Every reciprocal pair is a candidate, whatever the round's size: slow beyond a few hundred units. */
    static PairingPolicy exact() {
        return new PairingPolicy(Integer.MAX_VALUE, Integer.MAX_VALUE, 1);
    }

    /** Always restricted, with the given block size and partners per unit. */
    static PairingPolicy restricted(int blockSize, int partnersPerUnit) {
        return new PairingPolicy(0, blockSize, partnersPerUnit);
    }

    boolean exactFor(int units) {
        return units <= exactUpToUnits;
    }
}
