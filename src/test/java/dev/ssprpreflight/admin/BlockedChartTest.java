package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

class BlockedChartTest {

    private static final List<BlockedChart.Series> SERIES = List.of(new BlockedChart.Series("A", "Alpha", "#111111"),
            new BlockedChart.Series("B", "Beta", "#222222"), new BlockedChart.Series("C", "Gamma", "#333333"));
    private final LocaleFormats formats = LocaleFormats.of(UiLanguage.DEFAULT);

    @Test
    void stacksEachColumnInTheSeriesOrderAndScalesToTheTallest() {
        BlockedChart chart = BlockedChart.of(List.of(new BlockedChart.Column("1", "first", Map.of("B", 1L, "A", 3L)),
                new BlockedChart.Column("2", "second", Map.of("A", 1L))), SERIES, formats);

        BlockedChart.Bar tallest = chart.bars().get(0);
        assertThat(chart.maxCount()).isEqualTo(4);
        assertThat(tallest.segments()).extracting(BlockedChart.Segment::code).containsExactly("A", "B");
        assertThat(tallest.segments().get(0).y() + tallest.segments().get(0).height()).isEqualTo(chart.baseline());
        assertThat(tallest.segments().get(1).y()).isEqualTo(0.0);
        assertThat(chart.bars().get(1).segments().get(0).height()).isEqualTo(chart.baseline() / 4.0);
        assertThat(chart.legend()).extracting(BlockedChart.LegendEntry::code).containsExactly("A", "B");
        assertThat(chart.firstLabel()).isEqualTo("first");
        assertThat(chart.lastLabel()).isEqualTo("second");
    }

    @Test
    void twoColumnsAreNotAsWideAsThePage() {
        BlockedChart chart = BlockedChart.of(List.of(new BlockedChart.Column("1", "first", Map.of("A", 1L)),
                new BlockedChart.Column("2", "second", Map.of("A", 2L))), SERIES, formats);

        assertThat(chart.bars().get(0).width()).isLessThan(chart.width() / BlockedChart.MIN_SLOTS);
        assertThat(chart.lastLabelEnd()).isLessThan(chart.width() / 2.0);
    }

    @Test
    void oneColumnHasOneLabelAndNothingBlockedIsEmpty() {
        BlockedChart chart = BlockedChart.of(List.of(new BlockedChart.Column("1", "only", Map.of())), SERIES, formats);

        assertThat(chart.isEmpty()).isTrue();
        assertThat(chart.lastLabel()).isEmpty();
        assertThat(chart.legend()).isEmpty();
    }

    @Test
    void marksRetiredSeriesInTheLegend() {
        List<BlockedChart.Series> series = List.of(new BlockedChart.Series("A", "Alpha", "#111111"),
                new BlockedChart.Series("OLD", "Old rule", "#222222", true));

        BlockedChart chart = BlockedChart.of(List.of(new BlockedChart.Column("1", "first", Map.of("A", 1L, "OLD", 2L))),
                series, formats);

        assertThat(chart.legend()).extracting(BlockedChart.LegendEntry::code, BlockedChart.LegendEntry::retired)
                .containsExactly(tuple("A", false), tuple("OLD", true));
    }

    @Test
    void everyReasonHasAColourOfItsOwn() {
        assertThat(Arrays.stream(Reason.values()).map(BlockedChart::colour)).doesNotHaveDuplicates()
                .allMatch(colour -> colour.matches("#[0-9A-F]{6}"));
    }
}
