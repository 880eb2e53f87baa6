package org.convene.community;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/** A node of a community's unit tree: a region, business unit, site or team (names per community). */
class Unit {

    @Id
    private @Nullable Long id;
    private long communityId;
    private @Nullable Long parentId;
    private String name;
    private String type;
    @Version
    private @Nullable Integer version;

    Unit(long communityId, @Nullable Long parentId, String name, String type) {
        this.communityId = communityId;
        this.parentId = parentId;
        this.name = name.strip();
        this.type = type.strip();
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("unit not saved yet");
        }
        return id;
    }

    long communityId() {
        return communityId;
    }

    @Nullable Long parentId() {
        return parentId;
    }

    String name() {
        return name;
    }

    String type() {
        return type;
    }

    int version() {
        return version == null ? 0 : version;
    }

    void expectVersion(int expected) {
        this.version = expected;
    }

    void rename(String newName, String newType) {
        this.name = newName.strip();
        this.type = newType.strip();
    }

    void moveUnder(@Nullable Long newParentId) {
        this.parentId = newParentId;
    }
}
