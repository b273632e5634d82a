package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

class ScanProgressTextTest {

    private static final Instant START = Instant.parse("2026-11-25T10:00:00Z");
    private final ScanMessages msg = KeyTexts.scans();
    private final AdminMessages console = KeyTexts.admin();
    private final LocaleFormats german = LocaleFormats.of(UiLanguage.fromCode("de").orElseThrow());

    @Test
    void countsElapsedAndEstimatesWhatIsLeftInThePagesLanguage() {
        ScanProgressText progress = ScanProgressText.of(running(OptionalLong.of(3000), 1200), START.plusSeconds(150), msg,
                console,
                german);

        assertThat(progress.percent()).isEqualTo(40);
        assertThat(progress.countText()).isEqualTo("scanProgressCount [1.200, 3.000]");
        assertThat(progress.elapsedText()).isEqualTo("scanProgressElapsed [durationMinutes [2, 30]]");
        // 1,200 users in 150 s: 1,800 more take 225 s.
        assertThat(progress.remainingSeconds()).isEqualTo(225);
        assertThat(progress.remainingText()).isEqualTo("scanProgressRemaining [durationMinutes [3, 45]]");
        assertThat(progress.finished()).isFalse();
        assertThat(progress.url()).isEqualTo("/admin/scans/7/progress");
    }

    @Test
    void withoutATotalTheBarIsIndeterminateAndNothingIsEstimated() {
        ScanProgressText progress = ScanProgressText.of(running(OptionalLong.empty(), 40), START.plusSeconds(5), msg, console,
                german);

        assertThat(progress.percent()).isNull();
        assertThat(progress.total()).isNull();
        assertThat(progress.countText()).isEqualTo("scanProgressCountNoTotal [40]");
        assertThat(progress.remainingText()).isEqualTo("scanProgressEstimating");
    }

    @Test
    void aFinishedScanSaysHowItEndedInsteadOfEstimating() {
        ScanRecord done = new ScanRecord(7, ScanScope.wholeTenant(), ScanStatus.COMPLETE, "anna", START,
                Optional.of(START.plusSeconds(90)), OptionalLong.of(3000), 3000, 0, 12, 4, Optional.empty(), Map.of());

        ScanProgressText progress = ScanProgressText.of(done, START.plusSeconds(600), msg, console, german);

        assertThat(progress.finished()).isTrue();
        assertThat(progress.percent()).isEqualTo(100);
        assertThat(progress.elapsedSeconds()).isEqualTo(90);
        assertThat(progress.remainingText()).isEqualTo("scanStatusComplete");
    }

    @Test
    void writesLongDurationsInHoursAndMinutes() {
        assertThat(ConsoleTexts.duration(Duration.ofSeconds(42), console, german)).isEqualTo("durationSeconds [42]");
        assertThat(ConsoleTexts.duration(Duration.ofMinutes(130).plusSeconds(59), console, german))
                .isEqualTo("durationHours [2, 10]");
    }

    private static ScanRecord running(OptionalLong total, long listed) {
        return new ScanRecord(7, ScanScope.wholeTenant(), ScanStatus.RUNNING, "anna", START, Optional.empty(), total,
                listed, 0, 0, 0, Optional.empty(), Map.of());
    }
}
