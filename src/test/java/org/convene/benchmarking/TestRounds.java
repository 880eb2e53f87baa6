package org.convene.benchmarking;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builds small rounds for the tests: units "A", "B", … with ids 1, 2, …; 0 = not assessed. */
final class TestRounds {

    private TestRounds() {
    }

    /** Dimensions with ids 1, 2, … and descriptors "NAME L1" … "NAME Lx" on a scale of x levels. */
    static List<Dimension> dimensions(int levels, String... names) {
        List<Dimension> dimensions = new ArrayList<>();
        for (int d = 0; d < names.length; d++) {
            dimensions.add(new Dimension(d + 1, names[d], descriptors(names[d], levels)));
        }
        return dimensions;
    }

    static List<String> descriptors(String name, int levels) {
        List<String> descriptors = new ArrayList<>();
        for (int level = 1; level <= levels; level++) {
            descriptors.add(name + " L" + level);
        }
        return descriptors;
    }

    static List<Unit> units(int count) {
        List<Unit> units = new ArrayList<>();
        for (int u = 0; u < count; u++) {
            units.add(new Unit(u + 1, String.valueOf((char) ('A' + u))));
        }
        return units;
    }

    /** A round on a 4-level scale: one row of levels per unit, one column per dimension. */
    static Assessments round(List<Dimension> dimensions, int[]... rows) {
        return round("2026 Q4", 4, dimensions, rows);
    }

    static Assessments round(String name, int levels, List<Dimension> dimensions, int[]... rows) {
        List<Unit> units = units(rows.length);
        Assessments.Builder builder = Assessments.builder(name, levels, dimensions, units);
        for (int u = 0; u < rows.length; u++) {
            builder.levels(units.get(u).id(), rows[u]);
        }
        return builder.build();
    }

    /** Uniform random levels; {@code missing} is the chance of leaving an entry out. */
    static Assessments random(int units, int dimensions, int levels, double missing, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        String[] names = new String[dimensions];
        for (int d = 0; d < dimensions; d++) {
            names[d] = "D" + (d + 1);
        }
        int[][] rows = new int[units][dimensions];
        for (int[] row : rows) {
            for (int d = 0; d < dimensions; d++) {
                row[d] = random.nextDouble() < missing ? 0 : 1 + random.nextInt(levels);
            }
        }
        List<Unit> list = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            list.add(new Unit(u + 1, "U" + (u + 1)));
        }
        Assessments.Builder builder = Assessments.builder("random", levels, dimensions(levels, names), list);
        for (int u = 0; u < units; u++) {
            builder.levels(u + 1, rows[u]);
        }
        return builder.build();
    }

    static int[] levels(int... levels) {
        return levels;
    }
}
