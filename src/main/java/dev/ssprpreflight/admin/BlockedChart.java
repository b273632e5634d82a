package dev.ssprpreflight.admin;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.ssprpreflight.audit.DailyReasonCount;
import dev.ssprpreflight.check.Reason;

/**
 * A stacked bar chart of blocked attempts per reason per day, laid out on the server so that the
 * dashboard is an SVG picture without any JavaScript. The template only draws what this computes.
 *
 * @param width the drawing's width in SVG units
 * @param height the drawing's height in SVG units
 * @param bars one bar per day of the period, oldest first
 * @param maxCount the tallest bar's count, for the axis label
 * @param legend the reasons that appear, with their colours
 */
public record BlockedChart(int width, int height, List<Bar> bars, long maxCount, List<LegendEntry> legend) {

    static final int WIDTH = 720;
    static final int HEIGHT = 240;
    static final int AXIS = 24;

    /** Colours that stay apart for the common kinds of colour blindness (Okabe-Ito and Tol). */
    private static final Map<Reason, String> COLOURS = new EnumMap<>(Map.ofEntries(
            Map.entry(Reason.WRITEBACK_NOT_ENABLED, "#0072B2"),
            Map.entry(Reason.LICENSE_MISSING, "#E69F00"),
            Map.entry(Reason.SYNC_ERRORS, "#009E73"),
            Map.entry(Reason.SYNC_STALE, "#56B4E9"),
            Map.entry(Reason.METHODS_NOT_REGISTERED, "#D55E00"),
            Map.entry(Reason.ADMIN_WRITEBACK_UNSUPPORTED, "#CC79A7"),
            Map.entry(Reason.ADMIN_NEEDS_TWO_METHODS, "#882255"),
            Map.entry(Reason.ADMIN_SSPR_DISABLED, "#332288"),
            Map.entry(Reason.ACCOUNT_DISABLED, "#555555"),
            Map.entry(Reason.SSPR_NOT_ENABLED, "#117733"),
            Map.entry(Reason.GUEST_ACCOUNT, "#999933")));

    /** @param day the day; @param total its blocked attempts; @param segments stacked bottom up */
    public record Bar(LocalDate day, double x, double width, long total, List<Segment> segments) {
    }

    /** One reason's part of a bar, with its tooltip text. */
    public record Segment(Reason reason, double y, double height, String colour, long count) {
    }

    public record LegendEntry(Reason reason, String colour, String label) {
    }

    static BlockedChart of(LocalDate firstDay, LocalDate lastDay, List<DailyReasonCount> counts, AdminMessages msg) {
        Map<LocalDate, Map<Reason, Long>> byDay = new TreeMap<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            byDay.put(day, new EnumMap<>(Reason.class));
        }
        counts.stream().filter(c -> byDay.containsKey(c.day()))
                .forEach(c -> byDay.get(c.day()).merge(c.reason(), c.count(), Long::sum));
        long max = byDay.values().stream().mapToLong(day -> day.values().stream().mapToLong(Long::longValue).sum())
                .max().orElse(0);
        double slot = (double) (WIDTH - AXIS) / byDay.size();
        double plotHeight = HEIGHT - AXIS;
        List<Bar> bars = new ArrayList<>();
        int index = 0;
        for (var day : byDay.entrySet()) {
            double x = AXIS + index++ * slot;
            double bottom = plotHeight;
            List<Segment> segments = new ArrayList<>();
            long total = 0;
            for (var reason : day.getValue().entrySet()) {
                double h = max == 0 ? 0 : reason.getValue() * plotHeight / max;
                bottom -= h;
                segments.add(new Segment(reason.getKey(), bottom, h, COLOURS.get(reason.getKey()), reason.getValue()));
                total += reason.getValue();
            }
            bars.add(new Bar(day.getKey(), x + slot * 0.1, slot * 0.8, total, segments));
        }
        List<LegendEntry> legend = counts.stream().map(DailyReasonCount::reason).distinct().sorted()
                .map(reason -> new LegendEntry(reason, COLOURS.get(reason), ConsoleTexts.reasonTitle(reason, msg)))
                .toList();
        return new BlockedChart(WIDTH, HEIGHT, bars, max, legend);
    }

    public boolean isEmpty() {
        return maxCount == 0;
    }

    /** Where the plot's baseline is. */
    public int baseline() {
        return HEIGHT - AXIS;
    }
}
