package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * The trend between complete scans of the whole organisation as a {@link BlockedChart}: one bar per
 * scan, oldest first, either all blocked users together (the default: a user counts once) or stacked
 * per blocking reason (a user blocked for two reasons counts under both, which the summary says). Findings
 * stay out: they block nobody. The retired codes of old scans stay in, under their own titles, as they
 * blocked users then.
 */
final class ScanTrend {

    /** How many complete scans the trend shows. */
    static final int SCANS = 20;
    private static final String BLOCKED = "BLOCKED_USERS";

    private ScanTrend() {
    }

    /** @param newestFirst complete scans, newest first, as the store lists them */
    static BlockedChart chart(List<ScanRecord> newestFirst, boolean byReason, ScanMessages msg,
            UiLanguage language, LocaleFormats formats) {
        List<ScanRecord> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        List<BlockedChart.Column> columns = oldestFirst.stream()
                .map(scan -> new BlockedChart.Column(Long.toString(scan.id()), formats.dateTimeUtc(scan.startedAt()),
                        byReason ? perReason(scan) : Map.of(BLOCKED, scan.usersBlocked())))
                .toList();
        List<BlockedChart.Series> series = byReason
                ? BlockedChart.blockingReasons(language)
                : List.of(new BlockedChart.Series(BLOCKED, msg.scanTrendBlockedUsers(), BlockedChart.TOTAL_COLOUR));
        return BlockedChart.of(columns, series, formats);
    }

    /** The sentence a screen reader reads for the chart. */
    static String summary(BlockedChart chart, boolean byReason, ScanMessages msg) {
        String from = chart.firstLabel();
        String to = chart.bars().isEmpty() ? "" : chart.bars().get(chart.bars().size() - 1).label();
        return byReason ? msg.scanTrendByReasonSummary(from, to) : msg.scanTrendSummary(from, to);
    }

    private static Map<String, Long> perReason(ScanRecord scan) {
        return scan.reasonCounts().entrySet().stream().filter(entry -> entry.getKey().blocks())
                .collect(Collectors.toMap(entry -> entry.getKey().name(), Map.Entry::getValue));
    }
}
