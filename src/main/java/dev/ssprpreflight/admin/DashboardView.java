package dev.ssprpreflight.admin;

import java.util.List;

import dev.ssprpreflight.web.LocaleFormats;

/**
 * The dashboard.
 *
 * @param frame the console frame
 * @param days the period shown, in days
 * @param periodOptions the periods to choose from
 * @param totals attempts per outcome, every outcome listed
 * @param chart blocked attempts per reason per day
 * @param chartSummary a sentence describing the chart, for screen readers and the table caption
 * @param reasonTotals blocked attempts per blocking reason over the period, most frequent first
 * @param findingTotals attempts per admin-only finding over the period, whatever their outcome, most frequent first
 * @param findingsSummary a sentence describing the findings table, for its caption
 * @param searchMessage what the reference-code search found wrong, or null
 * @param firstDay the period's first day, for links to the attempt list
 * @param lastDay the period's last day
 * @param formats days and numbers as the page's language writes them
 */
public record DashboardView(ConsoleFrame frame, int days, List<Integer> periodOptions, List<OutcomeTotal> totals,
        BlockedChart chart, String chartSummary, List<ReasonTotal> reasonTotals, List<ReasonTotal> findingTotals,
        String findingsSummary, String searchMessage,
        String firstDay, String lastDay, LocaleFormats formats) {

    /** A count, written as the page's language writes numbers. */
    public String number(long count) {
        return formats.number(count);
    }

    /** @param outcome the outcome's code; @param label its text; @param count attempts */
    public record OutcomeTotal(String outcome, String label, long count) {
    }

    /**
     * @param reason the reason's code; @param label its title; @param count attempts; @param colour in the chart;
     * @param retired no check raises it any more
     */
    public record ReasonTotal(String reason, String label, long count, String colour, boolean retired) {
    }
}
