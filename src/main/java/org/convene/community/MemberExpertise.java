package org.convene.community;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** One expertise tag of a member, kept lower-case so that searches match however it was typed. */
record MemberExpertise(String tag) {

    MemberExpertise {
        tag = normalize(tag);
    }

    static String normalize(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    /** Tags as a person types them, comma separated: normalized, blanks dropped, duplicates removed, order kept. */
    static List<String> parse(@Nullable String commaSeparated) {
        if (commaSeparated == null) {
            return List.of();
        }
        return normalizeAll(Arrays.asList(commaSeparated.split(",")));
    }

    static List<String> normalizeAll(@Nullable Collection<String> tags) {
        if (tags == null) {
            return List.of();
        }
        return tags.stream()
                .filter(java.util.Objects::nonNull)
                .flatMap(tag -> Arrays.stream(tag.split(",")))
                .map(MemberExpertise::normalize)
                .filter(tag -> !tag.isEmpty())
                .distinct()
                .toList();
    }
}
