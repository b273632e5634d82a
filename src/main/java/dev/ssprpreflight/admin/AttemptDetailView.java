package dev.ssprpreflight.admin;

import java.util.List;

/**
 * One attempt, with what the checks saw and what to do about each reason.
 *
 * @param frame the console frame
 * @param attempt the attempt
 * @param reasons the advice for each blocking reason
 * @param userFacts the user's facts at check time; empty when none were kept
 * @param tenantFacts the organisation's facts at check time; empty when none were kept
 * @param recheck the result of "check again now", or null when not asked
 */
public record AttemptDetailView(ConsoleFrame frame, AttemptRow attempt, List<ReasonAdvice> reasons,
        List<FactRows.FactRow> userFacts, List<FactRows.FactRow> tenantFacts, Recheck recheck) {

    /** @param outcomeLabel the outcome now; @param reasons the advice for each reason now */
    public record Recheck(String outcomeLabel, List<ReasonAdvice> reasons) {
    }
}
