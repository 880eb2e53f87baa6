package org.convene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every message bundle has a Spanish twin with the same keys, no blank text and the same
 * {@code {n}} placeholders; and every message key a template or a form check names exists in
 * English. A new bundle under {@code i18n/} is picked up by itself.
 */
class I18nBundlesSyncTest {

    static final Path BUNDLES = Path.of("src/main/resources/i18n");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path SOURCES = Path.of("src/main/java");
    static final List<String> TRANSLATIONS = List.of("es");

    /** {@code #{key}} or {@code #{key(args)}}; {@code #{${dynamic}}} starts with '$' and is skipped. */
    static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z][\\w.-]*)[(}]");
    /** Keys named in Java: {@code rejectValue("field", "key")}, {@code reject("key")}, and our exceptions. */
    static final Pattern JAVA_KEY = Pattern.compile(
            "(?:rejectValue\\(\\s*\"[^\"]*\",\\s*|reject\\(\\s*|new (?:Conflict|Forbidden)Exception\\(\\s*"
                    + "|new InvalidInputException\\(\\s*\"[^\"]*\",\\s*)\"([A-Za-z][\\w.-]*)\"");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    @TestFactory
    Stream<DynamicTest> eachTranslationMatchesItsEnglishBundle() throws IOException {
        var tests = new ArrayList<DynamicTest>();
        for (var base : baseBundles()) {
            for (var language : TRANSLATIONS) {
                var twin = base.resolveSibling(base.getFileName().toString().replace(".properties", "_" + language + ".properties"));
                tests.add(DynamicTest.dynamicTest(twin.getFileName().toString(), () -> assertInSync(base, twin)));
            }
        }
        return tests.stream();
    }

    @Test
    void everyKeyUsedInTemplatesExistsInEnglish() throws IOException {
        var known = englishKeys();
        var missing = new TreeSet<String>();
        try (var files = Files.walk(TEMPLATES)) {
            for (var file : files.filter(path -> path.toString().endsWith(".html")).toList()) {
                var matcher = TEMPLATE_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + "  (" + TEMPLATES.relativize(file) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys used in templates but missing from the English bundles").isEmpty();
    }

    @Test
    void everyKeyNamedInJavaExistsInEnglish() throws IOException {
        var known = englishKeys();
        var missing = new TreeSet<String>();
        try (var files = Files.walk(SOURCES)) {
            for (var file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                var matcher = JAVA_KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + "  (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).as("message keys named in Java but missing from the English bundles").isEmpty();
    }

    @Test
    void scansTheKeysItShould() {
        var template = "<p th:text=\"#{a.b}\"></p><p th:text=\"#{c.d(${x})}\"></p><label th:text=\"#{${labelKey}}\">";
        var found = new ArrayList<String>();
        var matcher = TEMPLATE_KEY.matcher(template);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        assertThat(found).containsExactly("a.b", "c.d");
    }

    private static void assertInSync(Path base, Path twin) throws IOException {
        assertThat(twin).as("translation of " + base.getFileName()).exists();
        var english = load(base);
        var translated = load(twin);
        assertThat(translated.stringPropertyNames()).as("keys of " + twin.getFileName())
                .containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        var problems = new ArrayList<String>();
        for (var key : new TreeSet<>(english.stringPropertyNames())) {
            var source = english.getProperty(key);
            var translation = translated.getProperty(key);
            if (source.isBlank()) {
                problems.add(base.getFileName() + ": " + key + " is blank");
            }
            if (translation.isBlank()) {
                problems.add(twin.getFileName() + ": " + key + " is blank");
            }
            if (!placeholders(source).equals(placeholders(translation))) {
                problems.add(key + ": placeholders " + placeholders(source) + " in English but "
                        + placeholders(translation) + " in " + twin.getFileName());
            }
        }
        problems.addAll(duplicateKeys(base));
        problems.addAll(duplicateKeys(twin));
        assertThat(problems).isEmpty();
    }

    private static List<Path> baseBundles() throws IOException {
        try (var files = Files.list(BUNDLES)) {
            return files.filter(path -> path.getFileName().toString().matches("[a-z-]+\\.properties")).sorted().toList();
        }
    }

    private static Set<String> englishKeys() throws IOException {
        var keys = new HashSet<String>();
        for (var base : baseBundles()) {
            keys.addAll(load(base).stringPropertyNames());
        }
        return keys;
    }

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> placeholders(String message) {
        var found = new TreeSet<String>();
        var matcher = PLACEHOLDER.matcher(message);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static List<String> duplicateKeys(Path file) throws IOException {
        var seen = new HashSet<String>();
        var duplicates = new ArrayList<String>();
        for (var line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            var trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                continue;
            }
            var key = trimmed.substring(0, trimmed.indexOf('=')).strip();
            if (!seen.add(key)) {
                duplicates.add(file.getFileName() + ": " + key + " appears twice");
            }
        }
        return duplicates;
    }
}
