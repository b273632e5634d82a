package dev.ssprpreflight.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import dev.ssprpreflight.audit.DailyReasonCount;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * A stacked bar chart of blocked counts, laid out on the server so that a console page is an SVG
 * picture without any JavaScript. The template ({@code templates/chart.html}) only draws what this
 * computes. The dashboard draws blocked attempts per reason per day; the scans page draws blocked
 * users per scan, in all or per reason.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 * @param bars one bar per column, in the order given (oldest first)
 * @param maxCount the tallest bar's count, for the axis label
 * @param shownMaxCount the same, as the page's language writes numbers
 * @param legend the series that appear, with their colours
 */
public record BlockedChart(int width, int height, List<Bar> bars, long maxCount, String shownMaxCount,
        List<LegendEntry> legend) {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int AXIS = 24;
    /** At least this many slots wide, so that two scans do not make two bars as wide as the page. */
    static final int MIN_SLOTS = 7;

    /**
     * Colours that stay apart for the common kinds of colour blindness (Okabe-Ito, then Tol's muted set), one
     * per reason in catalogue order, so that a new reason takes the next colour without a change here.
     */
    private static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#56B4E9", "#D55E00", "#CC79A7",
            "#882255", "#332288", "#555555", "#117733", "#999933", "#009E73", "#44AA99", "#F0E442", "#AA4499",
            "#88CCEE", "#DDCC77", "#661100", "#6699CC");

    /** The colour of a reason in every chart. */
    static String colour(Reason reason) {
        return PALETTE.get(reason.ordinal() % PALETTE.size());
    }

    /** The colour of a single-series chart (all blocked users together): the brand's blue of the palette. */
    static final String TOTAL_COLOUR = "#0072B2";

    /**
     * What is stacked: a reason, or all blocked users together.
     *
     * @param code stable, for tests and links
     * @param retired a retired reason, whose history the chart keeps: marked so in the legend
     */
    public record Series(String code, String label, String colour, boolean retired) {

        /** A series that is not a retired reason. */
        public Series(String code, String label, String colour) {
            this(code, label, colour, false);
        }
    }

    /** One bar's input. @param key stable (an ISO day, a scan id); @param label as the page writes it */
    public record Column(String key, String label, Map<String, Long> counts) {
    }

    /** @param key the column's key; @param label its text; @param total its count; @param segments bottom up */
    public record Bar(String key, String label, double x, double width, long total, List<Segment> segments) {
    }

    /** One series' part of a bar, with its tooltip text. */
    public record Segment(String code, String label, double y, double height, String colour, long count,
            String shownCount) {
    }

    /** @param retired the series is a retired reason */
    public record LegendEntry(String code, String colour, String label, boolean retired) {
    }

    /** Every reason as a series, in catalogue order, with its colour and title in the language. */
    static List<Series> reasons(UiLanguage language) {
        return series(Arrays.stream(Reason.values()), language);
    }

    /** The blocking reasons (retired ones included) as series, in catalogue order: a finding blocks nobody. */
    static List<Series> blockingReasons(UiLanguage language) {
        return series(Arrays.stream(Reason.values()).filter(Reason::blocks), language);
    }

    private static List<Series> series(Stream<Reason> reasons, UiLanguage language) {
        return reasons.map(reason -> new Series(reason.name(), ConsoleTexts.reasonTitle(reason, language),
                colour(reason), reason.retired())).toList();
    }

    /** The dashboard's chart: blocked attempts per blocking reason for every day from the first to the last. */
    static BlockedChart daily(LocalDate firstDay, LocalDate lastDay, List<DailyReasonCount> counts,
            UiLanguage language, LocaleFormats formats) {
        Map<LocalDate, Map<String, Long>> byDay = new TreeMap<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            byDay.put(day, new LinkedHashMap<>());
        }
        counts.stream().filter(c -> byDay.containsKey(c.day()))
                .forEach(c -> byDay.get(c.day()).merge(c.reason().name(), c.count(), Long::sum));
        List<Column> columns = byDay.entrySet().stream()
                .map(day -> new Column(day.getKey().toString(), formats.date(day.getKey()), day.getValue())).toList();
        return of(columns, blockingReasons(language), formats);
    }

    /** Lays the columns out, stacking each column's counts in the order of {@code series}. */
    static BlockedChart of(List<Column> columns, List<Series> series, LocaleFormats formats) {
        long max = columns.stream().mapToLong(column -> column.counts().values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(0);
        double slot = (double) (WIDTH - AXIS) / Math.max(columns.size(), MIN_SLOTS);
        double plotHeight = HEIGHT - AXIS;
        List<Bar> bars = new ArrayList<>();
        int index = 0;
        for (Column column : columns) {
            double x = AXIS + index++ * slot;
            double bottom = plotHeight;
            List<Segment> segments = new ArrayList<>();
            long total = 0;
            for (Series one : series) {
                long count = column.counts().getOrDefault(one.code(), 0L);
                if (count == 0) {
                    continue;
                }
                double h = count * plotHeight / max;
                bottom -= h;
                segments.add(new Segment(one.code(), one.label(), bottom, h, one.colour(), count, formats.number(count)));
                total += count;
            }
            bars.add(new Bar(column.key(), column.label(), x + slot * 0.1, slot * 0.8, total, segments));
        }
        List<LegendEntry> legend = series.stream()
                .filter(one -> columns.stream().anyMatch(column -> column.counts().getOrDefault(one.code(), 0L) > 0))
                .map(one -> new LegendEntry(one.code(), one.colour(), one.label(), one.retired())).toList();
        return new BlockedChart(WIDTH, HEIGHT, bars, max, formats.number(max), legend);
    }

    public boolean isEmpty() {
        return maxCount == 0;
    }

    /** Where the plot's baseline is. */
    public int baseline() {
        return HEIGHT - AXIS;
    }

    /** Where the plot starts, right of the axis labels. */
    public int axis() {
        return AXIS;
    }

    /** The first column's label, under the left end of the axis. */
    public String firstLabel() {
        return bars.isEmpty() ? "" : bars.get(0).label();
    }

    /** The last column's label, ending under the last bar; none when there is only one column. */
    public String lastLabel() {
        return bars.size() < 2 ? "" : bars.get(bars.size() - 1).label();
    }

    /** Where the last column's label ends: the right edge of the last bar. */
    public double lastLabelEnd() {
        return bars.isEmpty() ? WIDTH : bars.get(bars.size() - 1).x() + bars.get(bars.size() - 1).width();
    }
}
