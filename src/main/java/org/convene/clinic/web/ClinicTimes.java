package org.convene.clinic.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Clock times in the room, in the viewer's time zone; used by templates as {@code @clinicTimes}. */
@Component("clinicTimes")
class ClinicTimes {

    public String time(Instant instant, String zone) {
        ZoneId zoneId;
        try {
            zoneId = ZoneId.of(zone);
        } catch (DateTimeException e) {
            zoneId = ZoneOffset.UTC;
        }
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(LocaleContextHolder.getLocale())
                .withZone(zoneId).format(instant);
    }
}
