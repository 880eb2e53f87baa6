package org.convene.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.chrono.ChronoLocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.Temporal;

/**
 * The dates Convene accepts, wherever they come from (the API's JSON, a page's form): years
 * {@value #EARLIEST_YEAR} to {@value #LATEST_YEAR}. Java can hold year 999,999,999, PostgreSQL
 * cannot, and no clinic or round of a community of practice is ever that far away; a date outside
 * is refused at the door with a clear message rather than stored changed or failing later.
 */
public final class SensibleDates {

    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 9999;

    private SensibleDates() {
    }

    private static final Instant FIRST_MOMENT = LocalDate.of(EARLIEST_YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    private static final Instant MOMENT_AFTER = LocalDate.of(LATEST_YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();

    /** Whether a date or moment falls in the accepted years (a moment's year in UTC); other values always do. */
    public static boolean accepts(Temporal value) {
        if (value instanceof Instant instant) {
            return !instant.isBefore(FIRST_MOMENT) && instant.isBefore(MOMENT_AFTER);
        }
        if (value instanceof ChronoLocalDate || value instanceof LocalDateTime || value instanceof OffsetDateTime
                || value instanceof ZonedDateTime) {
            int year = value.get(ChronoField.YEAR);
            return year >= EARLIEST_YEAR && year <= LATEST_YEAR;
        }
        return true;
    }
}
