package dev.ssprpreflight.admin;

import java.util.List;

/**
 * One attempt, with what the checks saw and what to do about each reason.
 *
 * @param frame the console frame
 * @param attempt the attempt
 * @param blocks the advice for each blocking reason, retired ones included
 * @param findings the advice for each admin-only finding: reset works, but admins should fix it
 * @param facts the facts the checks saw at check time
 * @param recheck the result of "check again now", or null when not asked
 * @param afterwards what Entra recorded of the user after the attempt
 */
public record AttemptDetailView(ConsoleFrame frame, AttemptRow attempt, List<ReasonAdvice> blocks,
        List<ReasonAdvice> findings, FactRows facts, Recheck recheck, AfterwardsSection afterwards) {

    /**
     * @param outcomeLabel the outcome now
     * @param blocks the advice for each block now
     * @param findings the advice for each finding now
     */
    public record Recheck(String outcomeLabel, List<ReasonAdvice> blocks, List<ReasonAdvice> findings) {
    }
}
