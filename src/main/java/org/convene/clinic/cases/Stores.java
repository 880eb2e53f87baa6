package org.convene.clinic.cases;

import org.springframework.jdbc.support.KeyHolder;

/** Small helpers shared by the clinic's stores. */
public final class Stores {

    private Stores() {
    }

    /** The generated id, whichever case the database reports its column name in. */
    public static long generatedId(KeyHolder keys) {
        var generated = keys.getKeys();
        if (generated == null || generated.isEmpty()) {
            throw new IllegalStateException("the database returned no generated id");
        }
        Object id = generated.size() == 1 ? generated.values().iterator().next()
                : generated.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("id"))
                        .map(java.util.Map.Entry::getValue).findFirst().orElseThrow();
        return ((Number) id).longValue();
    }
}
