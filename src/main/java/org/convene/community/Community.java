package org.convene.community;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

class Community {

    static final List<String> DEFAULT_UNIT_TYPES = List.of("Region", "Business unit", "Site", "Team");

    @Id
    private @Nullable Long id;
    private String name;
    private String purpose;
    private String groundRules;
    /** Names of the unit levels, comma separated, from the top of the tree down. */
    private String unitTypes;
    private Instant createdAt;
    @Version
    private @Nullable Integer version;

    Community(String name, String purpose, String groundRules, String unitTypes, Instant createdAt) {
        this.name = name.strip();
        this.purpose = purpose.strip();
        this.groundRules = groundRules.strip();
        this.unitTypes = unitTypes;
        this.createdAt = createdAt;
    }

    static String joinUnitTypes(List<String> types) {
        return String.join(",", types.stream().map(String::strip).filter(type -> !type.isEmpty()).toList());
    }

    void describe(String name, String purpose, String groundRules, List<String> unitTypes) {
        this.name = name.strip();
        this.purpose = purpose.strip();
        this.groundRules = groundRules.strip();
        this.unitTypes = joinUnitTypes(unitTypes);
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("community not saved yet");
        }
        return id;
    }

    String name() {
        return name;
    }

    String purpose() {
        return purpose;
    }

    String groundRules() {
        return groundRules;
    }

    List<String> unitTypes() {
        return Arrays.stream(unitTypes.split(",")).map(String::strip).filter(type -> !type.isEmpty()).toList();
    }

    Instant createdAt() {
        return createdAt;
    }

    int version() {
        return version == null ? 0 : version;
    }

    /** Optimistic locking: the form carries the version it was read at. */
    void expectVersion(int expected) {
        this.version = expected;
    }
}
