package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.List;

import dev.ssprpreflight.admin.funnel.Stage;
import dev.ssprpreflight.admin.funnel.StageCounts;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * The funnel of a period as horizontal bars, one per stage, laid out on the server like {@link BlockedChart} so that
 * the page is an SVG picture without JavaScript ({@code templates/funnel-chart.html} only draws it). Every bar is
 * scaled to the attempts checked. While Entra's events are not read, only the stages we know ourselves are drawn:
 * a bar of length zero would read as "nobody", which nobody knows.
 *
 * @param width the drawing's width in SVG units
 * @param height its height
 * @param barStart where the bars start, right of their labels
 * @param bars one per stage, top down
 */
public record FunnelChart(int width, int height, int barStart, List<Bar> bars) {

    static final int WIDTH = 720;
    static final int ROW = 28;
    static final int BAR = 18;
    static final int LABEL_WIDTH = 280;
    /** Room right of the longest bar for its count. */
    static final int COUNT_ROOM = 60;

    /**
     * @param stage the stage's code; @param label its text; @param count attempts; @param shownCount as the
     *        language writes it; @param y the bar's top; @param length its length; @param textY the labels' baseline
     */
    public record Bar(String stage, String label, long count, String shownCount, int y, double length, int textY) {

        /** Where the count is written: just right of the bar. */
        public double countX() {
            return LABEL_WIDTH + length + 6;
        }
    }

    static FunnelChart of(StageCounts total, boolean entraRead, FunnelMessages msg, LocaleFormats formats) {
        List<Bar> bars = new ArrayList<>();
        double scale = (double) (WIDTH - LABEL_WIDTH - COUNT_ROOM) / Math.max(1, total.checked());
        for (Stage stage : Stage.values()) {
            if (stage == Stage.STILL_OPEN || stage.fromEntra() && !entraRead) {
                continue;
            }
            long count = stage.count(total);
            int y = bars.size() * ROW + (ROW - BAR) / 2;
            bars.add(new Bar(stage.name(), msg.stage(stage), count, formats.number(count), y, count * scale,
                    y + BAR - 4));
        }
        return new FunnelChart(WIDTH, bars.size() * ROW, LABEL_WIDTH, bars);
    }
}
