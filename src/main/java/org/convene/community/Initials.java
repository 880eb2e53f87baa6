package org.convene.community;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The letters shown in an avatar: the first letter of the first and last word of a name. */
final class Initials {

    private Initials() {
    }

    static String of(String name) {
        var words = Arrays.stream(name.strip().split("\\s+")).filter(word -> !word.isEmpty()).toList();
        if (words.isEmpty()) {
            return "?";
        }
        var picked = words.size() == 1 ? words : java.util.List.of(words.get(0), words.get(words.size() - 1));
        return picked.stream()
                .map(word -> new String(Character.toChars(word.codePointAt(0))))
                .collect(Collectors.joining())
                .toUpperCase(Locale.ROOT);
    }
}
