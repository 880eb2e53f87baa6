package org.convene.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.passay.DictionaryRule;
import org.passay.DictionarySubstringRule;
import org.passay.PasswordData;
import org.passay.Rule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * What a password must be (ASVS V2.1): at least 10 characters and at most 72 bytes (bcrypt reads no
 * further, and Spring Security refuses to hash more), none of the 20,000 most common passwords of 10
 * characters or more, and nothing that contains the account's own words (its email, the parts of its name)
 * or the application's name. Decided here alone; every way to set a password (sign-up, first
 * administrator, change) asks it. Plain Java: the rules come from Passay, the list of common passwords
 * from {@code identity/common-passwords.txt}.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_BYTES = 72;

    /** Words shorter than this (a name like "Ana") are part of too many good passwords to refuse them. */
    private static final int MIN_CONTEXT_WORD = 4;
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final String APPLICATION_NAME = "convene";
    private static final String COMMON_PASSWORDS = "/identity/common-passwords.txt";

    private static final PasswordPolicy STANDARD = new PasswordPolicy(commonPasswords());

    private final Rule common;

    PasswordPolicy(List<String> commonPasswords) {
        this.common = new DictionaryRule(dictionary(commonPasswords));
    }

    /** The policy with the bundled list of common passwords. */
    static PasswordPolicy standard() {
        return STANDARD;
    }

    /**
     * The first rule the password breaks, as a message key ({@code password.tooShort}, {@code password.tooLong},
     * {@code password.common}, {@code password.personal}); empty when it may be used.
     */
    Optional<String> refusal(String password, String email, String displayName) {
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        var data = new PasswordData(password);
        if (!common.validate(data).isValid()) {
            return Optional.of("password.common");
        }
        if (!new DictionarySubstringRule(dictionary(contextWords(email, displayName))).validate(data).isValid()) {
            return Optional.of("password.personal");
        }
        return Optional.empty();
    }

    /** The email, its local part and each word of it and of the name, and the application's name. */
    static List<String> contextWords(String email, String displayName) {
        var words = new LinkedHashSet<String>();
        var normalized = Accounts.normalizeEmail(email);
        words.add(normalized);
        var localPart = normalized.contains("@") ? normalized.substring(0, normalized.indexOf('@')) : normalized;
        words.add(localPart);
        addWords(words, localPart);
        addWords(words, displayName);
        words.add(APPLICATION_NAME);
        return words.stream().filter(word -> word.length() >= MIN_CONTEXT_WORD).toList();
    }

    private static void addWords(Set<String> words, String text) {
        for (var word : WORD_SEPARATORS.split(text.toLowerCase(Locale.ROOT))) {
            words.add(word);
        }
    }

    private static WordListDictionary dictionary(List<String> words) {
        return new WordListDictionary(new ArrayWordList(words.toArray(String[]::new), false, new ArraysSort()));
    }

    private static List<String> commonPasswords() {
        var stream = Objects.requireNonNull(PasswordPolicy.class.getResourceAsStream(COMMON_PASSWORDS),
                COMMON_PASSWORDS);
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            var words = new ArrayList<String>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    words.add(line);
                }
            }
            return words;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
