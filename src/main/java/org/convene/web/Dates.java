package org.convene.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates as people read them, in their language and time zone; used by templates as {@code @dates}. */
@Component("dates")
public class Dates {

    public String dateTime(@Nullable Instant instant) {
        return dateTime(instant, ZoneOffset.UTC.getId());
    }

    public String dateTime(@Nullable Instant instant, @Nullable String zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zoneOrUtc(zone))
                .format(instant);
    }

    public String date(@Nullable Instant instant, @Nullable String zone) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(LocaleContextHolder.getLocale())
                .withZone(zoneOrUtc(zone))
                .format(instant);
    }

    private static ZoneId zoneOrUtc(@Nullable String zone) {
        try {
            return zone == null || zone.isBlank() ? ZoneOffset.UTC : ZoneId.of(zone);
        } catch (java.time.DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
