package dev.ssprpreflight.admin;

import java.time.Instant;

import dev.ssprpreflight.web.LocaleFormats;

/**
 * A moment as a page shows it: localised text, and ISO 8601 for {@code <time datetime>}.
 *
 * @param text "25.11.2026, 23:05:09 UTC" in the page's language
 * @param iso the same in ISO 8601
 */
public record ShownTime(String text, String iso) {

    static ShownTime of(Instant instant, LocaleFormats formats) {
        return new ShownTime(formats.dateTimeUtc(instant), ScanRow.iso(instant));
    }
}
