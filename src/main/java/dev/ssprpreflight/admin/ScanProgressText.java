package dev.ssprpreflight.admin;

import java.time.Instant;

import dev.ssprpreflight.scan.ScanProgress;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * How far a scan has got, as the progress bar and its text equivalent show it, and as the progress
 * JSON sends it to the page's script: the numbers for the bar and the sentences already written in
 * the page's language, so that the script composes no text of its own.
 *
 * @param id the scan's number
 * @param status RUNNING, COMPLETE or FAILED
 * @param finished whether the scan completed or failed (the script then reloads the page)
 * @param listed users read so far
 * @param total users in the scope, or null when the directory could not say
 * @param percent 0–100, or null while running without a total (an indeterminate bar)
 * @param elapsedSeconds seconds since the start
 * @param remainingSeconds estimated seconds left, or null when there is no estimate
 * @param countText "12 of 29 users scanned"
 * @param elapsedText "Elapsed: 4 s"
 * @param remainingText "About 6 s left", the sentence saying it is being estimated, or, once finished, the
 *        status ("Complete", "Failed")
 */
public record ScanProgressText(long id, String status, boolean finished, long listed, Long total, Integer percent,
        long elapsedSeconds, Long remainingSeconds, String countText, String elapsedText, String remainingText) {

    static ScanProgressText of(ScanRecord scan, Instant now, ScanMessages msg, AdminMessages console,
            LocaleFormats formats) {
        ScanProgress progress = ScanProgress.of(scan, now);
        String listed = formats.number(progress.listed());
        String count = progress.total().map(total -> msg.scanProgressCount(listed, formats.number(total)))
                .orElseGet(() -> msg.scanProgressCountNoTotal(listed));
        // A finished scan has nothing left to estimate: its status says how it ended.
        String remaining = progress.finished() ? ConsoleTexts.scanStatus(scan.status(), msg)
                : progress.remaining().map(left -> msg.scanProgressRemaining(ConsoleTexts.duration(left, console, formats)))
                        .orElseGet(msg::scanProgressEstimating);
        return new ScanProgressText(scan.id(), scan.status().name(), progress.finished(), progress.listed(),
                progress.total().orElse(null),
                progress.percent().isPresent() ? Integer.valueOf(progress.percent().getAsInt()) : null,
                progress.elapsed().toSeconds(), progress.remaining().map(left -> left.toSeconds()).orElse(null), count,
                msg.scanProgressElapsed(ConsoleTexts.duration(progress.elapsed(), console, formats)), remaining);
    }

    /** Where the page's script polls this progress as JSON. */
    public String url() {
        return ScansResource.PATH + "/" + id + "/progress";
    }
}
