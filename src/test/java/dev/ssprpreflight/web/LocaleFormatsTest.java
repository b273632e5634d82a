package dev.ssprpreflight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class LocaleFormatsTest {

    private static final Instant MOMENT = Instant.parse("2026-11-05T21:04:09Z");

    @Test
    void germanWritesDaysFirstWithDotsAndGroupsThousandsWithADot() {
        LocaleFormats de = LocaleFormats.of(UiLanguage.GERMAN);

        assertThat(de.dateTimeUtc(MOMENT)).isEqualTo("05.11.2026, 21:04:09 UTC");
        assertThat(de.date(LocalDate.of(2026, 11, 5))).isEqualTo("05.11.2026");
        assertThat(de.number(1234567)).isEqualTo("1.234.567");
    }

    @Test
    void japaneseWritesYearFirstWithSlashesAndGroupsThousandsWithAComma() {
        LocaleFormats ja = LocaleFormats.of(UiLanguage.JAPANESE);

        assertThat(ja.dateTimeUtc(MOMENT)).isEqualTo("2026/11/05 21:04:09 UTC");
        assertThat(ja.date(LocalDate.of(2026, 11, 5))).isEqualTo("2026/11/05");
        assertThat(ja.number(1234567)).isEqualTo("1,234,567");
    }

    @Test
    void timesAreUtcWhateverTheMachinesZone() {
        assertThat(LocaleFormats.of(UiLanguage.ENGLISH).dateTimeUtc(MOMENT)).contains("9:04:09").endsWith(" UTC");
        assertThat(LocaleFormats.of(UiLanguage.SWEDISH).dateTimeUtc(MOMENT)).isEqualTo("5 nov. 2026 21:04:09 UTC");
    }
}
