package org.convene.benchmarking;

import java.util.Arrays;

/**
 * The reciprocal pairs among which the suggested pairing is chosen, as parallel arrays
 * (first unit, second unit, mutual gain) with first &lt; second.
 */
final class CandidatePairs {

    final int[] first;
    final int[] second;
    final int[] mutualGain;

    private CandidatePairs(int[] first, int[] second, int[] mutualGain) {
        this.first = first;
        this.second = second;
        this.mutualGain = mutualGain;
    }

    int size() {
        return first.length;
    }

    /**
     * Every reciprocal pair among some units (given in ascending order): quadratic in
     * their number, so for small rounds or blocks only.
     */
    static CandidatePairs all(LevelCode code, int[] members) {
        Growing pairs = new Growing(Math.max(16, members.length * 4));
        for (int i = 0; i < members.length; i++) {
            for (int j = i + 1; j < members.length; j++) {
                int gain = code.mutualGain(members[i], members[j]);
                if (gain > 0) {
                    pairs.add(members[i], members[j], gain);
                }
            }
        }
        return pairs.done();
    }

    /**
     * For each of some units (given in ascending order) its {@code k} reciprocal partners of
     * highest mutual gain among them; a pair kept by either side is a candidate, so every
     * unit keeps at least its own k options.
     *
     * <p>Mutual gains are small integers, so ties are everywhere. Breaking them by unit
     * order would make every unit keep the same few early units and leave the rest with
     * nobody; a symmetric hash of the pair spreads the choice instead, deterministically.
     */
    static CandidatePairs bestPartners(LevelCode code, int[] members, int k) {
        int units = members.length;
        // Per member, k slots of (gain << 32 | tie) keys; the smallest key is replaced first.
        long[] keys = new long[units * k];
        int[] partners = new int[units * k];
        int[] filled = new int[units];
        int[] weakest = new int[units];
        for (int i = 0; i < units; i++) {
            for (int j = i + 1; j < units; j++) {
                int gain = code.mutualGain(members[i], members[j]);
                if (gain > 0) {
                    long key = ((long) gain << 32) | tie(members[i], members[j]);
                    offer(keys, partners, filled, weakest, k, i, j, key);
                    offer(keys, partners, filled, weakest, k, j, i, key);
                }
            }
        }
        long[] edges = new long[units * k];
        int count = 0;
        for (int i = 0; i < units; i++) {
            for (int s = 0; s < filled[i]; s++) {
                int a = members[i];
                int b = members[partners[i * k + s]];
                edges[count++] = ((long) Math.min(a, b) << 32) | Math.max(a, b);
            }
        }
        long[] distinct = Arrays.stream(edges, 0, count).sorted().distinct().toArray();
        Growing pairs = new Growing(distinct.length);
        for (long edge : distinct) {
            int a = (int) (edge >>> 32);
            int b = (int) edge;
            pairs.add(a, b, code.mutualGain(a, b));
        }
        return pairs.done();
    }

    private static void offer(long[] keys, int[] partners, int[] filled, int[] weakest, int k,
            int unit, int partner, long key) {
        int base = unit * k;
        if (filled[unit] < k) {
            int slot = filled[unit]++;
            keys[base + slot] = key;
            partners[base + slot] = partner;
            if (filled[unit] == k) {
                weakest[unit] = weakestSlot(keys, base, k);
            }
            return;
        }
        int slot = weakest[unit];
        if (key > keys[base + slot]) {
            keys[base + slot] = key;
            partners[base + slot] = partner;
            weakest[unit] = weakestSlot(keys, base, k);
        }
    }

    private static int weakestSlot(long[] keys, int base, int k) {
        int weakest = 0;
        for (int s = 1; s < k; s++) {
            if (keys[base + s] < keys[base + weakest]) {
                weakest = s;
            }
        }
        return weakest;
    }

    /** A 31-bit hash of a pair; computed once per pair, so both sides see the same. */
    private static long tie(int a, int b) {
        long h = ((long) a << 32 | b) * 0x9E3779B97F4A7C15L;
        h ^= h >>> 29;
        return (h * 0xBF58476D1CE4E5B9L) >>> 33;
    }

    /** An append-only triple of int arrays. */
    private static final class Growing {
        private int[] first;
        private int[] second;
        private int[] gain;
        private int size;

        Growing(int capacity) {
            first = new int[Math.max(1, capacity)];
            second = new int[first.length];
            gain = new int[first.length];
        }

        void add(int a, int b, int mutualGain) {
            if (size == first.length) {
                first = Arrays.copyOf(first, size * 2);
                second = Arrays.copyOf(second, size * 2);
                gain = Arrays.copyOf(gain, size * 2);
            }
            first[size] = a;
            second[size] = b;
            gain[size++] = mutualGain;
        }

        CandidatePairs done() {
            return new CandidatePairs(Arrays.copyOf(first, size), Arrays.copyOf(second, size), Arrays.copyOf(gain, size));
        }
    }
}
