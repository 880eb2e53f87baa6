package org.convene.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalQuery;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Dates and times typed into pages (HTML date and datetime-local inputs send ISO), read for every
 * form and parameter and held to {@link SensibleDates}. Registered last, so they win over the
 * default parsers; a refused value is the field's {@code typeMismatch}, which the form shows.
 */
@Configuration(proxyBeanMethods = false)
class FormDates implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, LocalDate.class, iso(DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::from));
        registry.addConverter(String.class, LocalDateTime.class,
                iso(DateTimeFormatter.ISO_LOCAL_DATE_TIME, LocalDateTime::from));
    }

    private static <T extends Temporal> Converter<String, T> iso(DateTimeFormatter format, TemporalQuery<T> query) {
        return text -> {
            if (text.isBlank()) {
                return null;
            }
            T value = format.parse(text.strip(), query);
            if (!SensibleDates.accepts(value)) {
                throw new IllegalArgumentException(text + " is outside the accepted years");
            }
            return value;
        };
    }
}
