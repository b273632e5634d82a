package dev.ssprpreflight.audit;

import java.time.LocalDate;

import dev.ssprpreflight.check.Reason;

/** How many attempts were recorded with one reason on one day (UTC). */
public record DailyReasonCount(LocalDate day, Reason reason, long count) {
}
