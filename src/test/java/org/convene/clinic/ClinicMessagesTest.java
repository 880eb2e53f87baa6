package org.convene.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.convene.clinic.cases.CaseStatus;
import org.convene.clinic.protocol.Refusal;
import org.junit.jupiter.api.Test;

/** Every message key the clinic's rules use has a text in English and in Spanish, and no bundle has extras. */
class ClinicMessagesTest {

    private static final Pattern KEY_LITERAL = Pattern.compile("\"(clinic\\.[A-Za-z0-9_.]+[A-Za-z0-9_])\"");
    /** Keys in the clinic's templates: {@code #{clinic.x}} and {@code 'clinic.x'}. */
    private static final Pattern TEMPLATE_KEY = Pattern.compile("(?:#\\{|')(clinic\\.[A-Za-z0-9_.]+[A-Za-z0-9_])[}'(]");

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ClinicMessagesTest.class.getResourceAsStream("/i18n/" + name + ".properties");
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    private static Set<String> keysUsedByTheCode() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (Step step : Step.values()) {
            keys.addAll(Set.of(step.nameKey(), step.shortNameKey(), step.actionKey(), step.hintKey()));
        }
        for (Refusal refusal : Refusal.values()) {
            keys.add(refusal.messageKey());
        }
        Stream.of(Variation.values()).map(Variation::labelKey).forEach(keys::add);
        Stream.of(ContributionKind.values()).map(ContributionKind::labelKey).forEach(keys::add);
        Stream.of(CaseKind.values()).map(CaseKind::labelKey).forEach(keys::add);
        Stream.of(CaseStatus.values()).map(CaseStatus::labelKey).forEach(keys::add);
        Stream.of(AdviceOutcome.values()).map(AdviceOutcome::labelKey).forEach(keys::add);
        // Keys written out as literals (exceptions, the question coach, the context rule).
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/org/convene/clinic"))) {
            for (Path source : sources.filter(Files::isRegularFile).toList()) {
                Matcher matcher = KEY_LITERAL.matcher(Files.readString(source));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        try (Stream<Path> templates = Files.list(Path.of("src/main/resources/templates/clinic"))) {
            for (Path template : templates.toList()) {
                Matcher matcher = TEMPLATE_KEY.matcher(Files.readString(template));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        // Keys the templates build from a role or a step.
        for (RoomRole role : RoomRole.values()) {
            keys.add("clinic.role." + role.name().toLowerCase(java.util.Locale.ROOT));
        }
        for (Step step : Set.of(Step.CONTEXT, Step.SHARING, Step.SUMMARY)) {
            keys.add("clinic.composer.listen." + step.name().toLowerCase(java.util.Locale.ROOT));
        }
        return keys;
    }

    @Test
    void shouldHaveAnEnglishTextForEveryKeyTheCodeUses() throws IOException {
        assertThat(bundle("clinic").stringPropertyNames()).containsAll(keysUsedByTheCode());
    }

    @Test
    void shouldHaveTheSameKeysInSpanishAsInEnglish() throws IOException {
        assertThat(bundle("clinic_es").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(bundle("clinic").stringPropertyNames());
    }

    @Test
    void shouldNotKeepTextsNoCodeUses() throws IOException {
        assertThat(keysUsedByTheCode()).containsAll(bundle("clinic").stringPropertyNames());
    }

    @Test
    void shouldHaveNoBlankTexts() throws IOException {
        for (String name : Set.of("clinic", "clinic_es")) {
            Properties texts = bundle(name);
            texts.stringPropertyNames()
                    .forEach(key -> assertThat(texts.getProperty(key)).as(name + " " + key).isNotBlank());
        }
    }

    @Test
    void shouldRefuseAdviceDuringUnderstandingInTheSeedsOwnWords() throws IOException {
        assertThat(bundle("clinic").getProperty(Refusal.ADVICE_IN_UNDERSTANDING.messageKey()))
                .startsWith("Refrain from offering advice at this stage.");
    }
}
