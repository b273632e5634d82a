package dev.ssprpreflight.web;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Times, days and counts as people who read a {@link UiLanguage} write them ("25.11.2026, 23:05:09" in
 * German, "2026/11/25 23:05:09" in Japanese, "1.234" and "1,234"). Times are shown in UTC, which the
 * pages say next to them; machine-readable output (the CSV export, {@code datetime} attributes) stays ISO 8601.
 */
public final class LocaleFormats {

    /** Appended to every shown time, so that nobody reads it as local time. */
    public static final String UTC = "UTC";

    private final UiLanguage language;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;

    private LocaleFormats(UiLanguage language) {
        this.language = language;
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(language.locale())
                .withZone(ZoneOffset.UTC);
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(language.locale());
    }

    public static LocaleFormats of(UiLanguage language) {
        return new LocaleFormats(language);
    }

    /** A moment in UTC, with the marker: "25.11.2026, 23:05:09 UTC". */
    public String dateTimeUtc(Instant instant) {
        return dateTime.format(instant) + " " + UTC;
    }

    /** A day: "25.11.2026", "2026/11/25", "Nov 25, 2026". */
    public String date(LocalDate day) {
        return date.format(day);
    }

    /** A count with the language's grouping: "1.234", "1 234", "1,234". */
    public String number(long value) {
        // NumberFormat is not thread-safe, so each call gets its own.
        return NumberFormat.getIntegerInstance(language.locale()).format(value);
    }
}
