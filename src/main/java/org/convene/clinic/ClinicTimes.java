package org.convene.clinic;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Clock times and dates in the room, in the viewer's time zone; used by templates as
 * {@code @clinicTimes}, also where they are rendered outside a request (pushed to the room).
 */
@Component("clinicTimes")
class ClinicTimes {

    private final Clock clock;

    ClinicTimes(Clock clock) {
        this.clock = clock;
    }

    public String time(Instant instant, String zone) {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(LocaleContextHolder.getLocale())
                .withZone(zoneOf(zone)).format(instant);
    }

    /** The follow-up date a summary written today (in {@code zone}) gets unless the presenter picks another. */
    public LocalDate defaultFollowUp(String zone) {
        return ClinicCase.defaultFollowUp(LocalDate.now(clock.withZone(zoneOf(zone))));
    }

    private static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            return ZoneOffset.UTC;
        }
    }
}
