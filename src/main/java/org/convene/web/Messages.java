package org.convene.web;

import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The message bundles, as Spring Boot would set them up from {@code spring.messages.*}, except for one
 * thing: a message with arguments is formatted without a lock shared by every request. Spring keeps one
 * {@link MessageFormat} per message and language and formats under its monitor, as the class is not
 * thread-safe; at 200 pages a second, the pages' messages with arguments ("{0} contributions") kept
 * request threads waiting for each other longer than they worked. Each thread keeps its own formats.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    MessageSource messageSource(@Value("${spring.messages.basename}") String[] basenames) {
        var messages = new PerThreadFormats();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
        return messages;
    }

    private static final class PerThreadFormats extends ResourceBundleMessageSource {

        private record Key(String code, Locale locale) {
        }

        private final ThreadLocal<Map<Key, MessageFormat>> formats = ThreadLocal.withInitial(HashMap::new);

        /** Used by its caller under {@code synchronized (format)}: a lock this thread alone ever takes. */
        @Override
        protected @Nullable MessageFormat resolveCode(String code, Locale locale) {
            Map<Key, MessageFormat> mine = formats.get();
            var key = new Key(code, locale);
            MessageFormat format = mine.get(key);
            if (format == null) {
                String message = resolveCodeWithoutArguments(code, locale);
                if (message == null) {
                    return null;
                }
                format = createMessageFormat(message, locale);
                mine.put(key, format);
            }
            return format;
        }
    }
}
