package dev.ssprpreflight.admin.funnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.SsprAuditStore.Event;

/**
 * The funnel on a fixed data set, against numbers counted by hand. Window one hour, read at 2026-12-03 12:00 UTC,
 * period 1–3 December 2026 (UTC days). Flow = "Self-service password reset flow activity progress".
 *
 * <pre>
 * Day 1 (2026-12-01)
 *  A1  ann READY 09:00            09:05 flow "submitted user ID", 09:07 flow "completed all verification",
 *                                 09:09 "Reset password (self-service)" success       → reached, verified, succeeded
 *  A2  bob READY 10:00 +SYNC_LATE 10:02 submitted, 10:04 flow failure "User cancelled ..." → reached, failed
 *  A3  cid BLOCKED METHODS_NOT_REGISTERED 11:00
 *                                 11:10 submitted, 11:12 verified, 11:14 flow "User successfully reset password"
 *                                 → went anyway, succeeded anyway (reached, verified, succeeded)
 *  A4  dan BLOCKED METHODS_NOT_REGISTERED 12:00
 *                                 13:30 submitted: 90 min later, outside the window → nothing
 *  A5  unknown username 13:00     no object id → unknown users, outside the funnel
 *      eve 13:50 submitted: before eve's first attempt → belongs to no attempt
 *  A6  eve CHECKS_UNAVAILABLE 14:00  14:05 submitted, 14:06 flow "User hovered over the new mystery button"
 *                                 → reached; an unknown step, listed verbatim
 * Day 2 (2026-12-02)
 *  A7  fay READY 08:00            08:05 submitted, 08:10 "Reset password (self-service)" failure
 *                                 "FuzzyPolicyViolationInvalidPassword", 08:20 "Blocked from self-service password
 *                                 reset"                                              → reached, failed, locked out
 *  A8  gus READY 10:00            10:03 submitted                                     → reached only
 *  A9  gus READY 10:30 (gus's second attempt: the events from 10:30 on are its own, not A8's)
 *                                 10:35 submitted, 10:37 verified, 10:40 reset success → reached, verified, succeeded
 *  A10 bob BLOCKED SSPR_NOT_ENABLED +SYNC_LATE 15:00
 *                                 15:10 "Unlock user account (self-service)" success  → went anyway, unlocked, NOT
 *                                                                                     succeeded
 *  A11 dan BLOCKED METHODS_NOT_REGISTERED 16:00
 *                                 16:05 "Security info saved for self-service password reset": registration, not the
 *                                 reset portal                                        → nothing
 * Day 3 (2026-12-03)
 *  A12 ann READY 11:30            11:35 submitted; window ends 12:30 → still open, reached
 *  A13 cid BLOCKED SSPR_NOT_ENABLED 09:00   no events
 *
 *            checked sent reached verified succeeded failed locked unlocked went succ.anyway open unknown
 *  Day 1        5     3     4       2        2         1      0      0      1       1        0     1
 *  Day 2        5     3     4       1        1         1      1      1      1       0        0     0
 *  Day 3        2     1     1       0        0         0      0      0      0       0        1     0
 *  Total       12     7     9       3        3         2      1      1      2       1        1     1
 *
 *  READY, window closed: A1 A2 A7 A8 A9 (A12 open; A6 is CHECKS_UNAVAILABLE) → succeeded A1 A9: 2 of 5
 *  BLOCKED, window closed: A3 A4 A10 A11 A13 → succeeded anyway A3: 1 of 5
 *    METHODS_NOT_REGISTERED: A3 A4 A11 → 1 of 3;  SSPR_NOT_ENABLED: A10 A13 → 0 of 2
 *  Per reason: METHODS_NOT_REGISTERED checked 3, reached 1, verified 1, succeeded 1, went 1, succeeded anyway 1
 *              SSPR_NOT_ENABLED       checked 2, reached 1, unlocked 1, went 1
 *              SYNC_LATE (finding)    checked 2 (A2 A10), sent 1, reached 2, failed 1, unlocked 1, went 1
 *  Failures: "FuzzyPolicyViolationInvalidPassword" 1, "User cancelled ..." 1; unknown steps: "User hovered ..." 1
 * </pre>
 */
class FunnelTest {

    private static final Duration HOUR = Duration.ofHours(1);
    private static final Instant NOW = Instant.parse("2026-12-03T12:00:00Z");
    private static final LocalDate FIRST = LocalDate.parse("2026-12-01");
    private static final LocalDate LAST = LocalDate.parse("2026-12-03");
    private static final String FLOW = "Self-service password reset flow activity progress";
    private static final String RESET = "Reset password (self-service)";
    private static final String SUBMITTED = "User submitted their user ID";
    private static final String VERIFIED = "User completed all verification steps required";
    private static final String CANCELLED = "User cancelled before passing the required authentication methods";
    private static final String MYSTERY = "User hovered over the new mystery button";

    private final List<FunnelAttempt> attempts = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();

    private Funnel fixedDataSet() {
        // Day 1
        attempt("A1", "2026-12-01T09:00:00Z", "ann", Outcome.READY);
        event("2026-12-01T09:05:00Z", "ann", FLOW, "success", SUBMITTED);
        event("2026-12-01T09:07:00Z", "ann", FLOW, "success", VERIFIED);
        event("2026-12-01T09:09:00Z", "ann", RESET, "success", "");
        attempt("A2", "2026-12-01T10:00:00Z", "bob", Outcome.READY, Reason.SYNC_LATE);
        event("2026-12-01T10:02:00Z", "bob", FLOW, "success", SUBMITTED);
        event("2026-12-01T10:04:00Z", "bob", FLOW, "failure", CANCELLED);
        attempt("A3", "2026-12-01T11:00:00Z", "cid", Outcome.BLOCKED, Reason.METHODS_NOT_REGISTERED);
        event("2026-12-01T11:10:00Z", "cid", FLOW, "success", SUBMITTED);
        event("2026-12-01T11:12:00Z", "cid", FLOW, "success", VERIFIED);
        event("2026-12-01T11:14:00Z", "cid", FLOW, "success", "User successfully reset password");
        attempt("A4", "2026-12-01T12:00:00Z", "dan", Outcome.BLOCKED, Reason.METHODS_NOT_REGISTERED);
        event("2026-12-01T13:30:00Z", "dan", FLOW, "success", SUBMITTED);
        attempt("A5", "2026-12-01T13:00:00Z", null, Outcome.UNKNOWN_USER);
        event("2026-12-01T13:50:00Z", "eve", FLOW, "success", SUBMITTED);
        attempt("A6", "2026-12-01T14:00:00Z", "eve", Outcome.CHECKS_UNAVAILABLE);
        event("2026-12-01T14:05:00Z", "eve", FLOW, "success", SUBMITTED);
        event("2026-12-01T14:06:00Z", "eve", FLOW, "success", MYSTERY);
        // Day 2
        attempt("A7", "2026-12-02T08:00:00Z", "fay", Outcome.READY);
        event("2026-12-02T08:05:00Z", "fay", FLOW, "success", SUBMITTED);
        event("2026-12-02T08:10:00Z", "fay", RESET, "failure", "FuzzyPolicyViolationInvalidPassword");
        event("2026-12-02T08:20:00Z", "fay", "Blocked from self-service password reset", "success", "");
        attempt("A8", "2026-12-02T10:00:00Z", "gus", Outcome.READY);
        event("2026-12-02T10:03:00Z", "gus", FLOW, "success", SUBMITTED);
        attempt("A9", "2026-12-02T10:30:00Z", "gus", Outcome.READY);
        event("2026-12-02T10:35:00Z", "gus", FLOW, "success", SUBMITTED);
        event("2026-12-02T10:37:00Z", "gus", FLOW, "success", VERIFIED);
        event("2026-12-02T10:40:00Z", "gus", RESET, "success", "");
        attempt("A10", "2026-12-02T15:00:00Z", "bob", Outcome.BLOCKED, Reason.SSPR_NOT_ENABLED, Reason.SYNC_LATE);
        event("2026-12-02T15:10:00Z", "bob", "Unlock user account (self-service)", "success", "");
        attempt("A11", "2026-12-02T16:00:00Z", "dan", Outcome.BLOCKED, Reason.METHODS_NOT_REGISTERED);
        event("2026-12-02T16:05:00Z", "dan", "Security info saved for self-service password reset", "success", "");
        // Day 3
        attempt("A12", "2026-12-03T11:30:00Z", "ann", Outcome.READY);
        event("2026-12-03T11:35:00Z", "ann", FLOW, "success", SUBMITTED);
        attempt("A13", "2026-12-03T09:00:00Z", "cid", Outcome.BLOCKED, Reason.SSPR_NOT_ENABLED);
        return FunnelCalculator.compute(attempts, events, FIRST, LAST, HOUR, NOW);
    }

    @Test
    void countsEveryStagePerDayAsCountedByHand() {
        Funnel funnel = fixedDataSet();

        assertThat(funnel.days()).extracting(Funnel.Day::day).containsExactly(FIRST, FIRST.plusDays(1), LAST);
        assertThat(funnel.days().get(0).all()).isEqualTo(new StageCounts(5, 3, 4, 2, 2, 1, 0, 0, 1, 1, 0));
        assertThat(funnel.days().get(1).all()).isEqualTo(new StageCounts(5, 3, 4, 1, 1, 1, 1, 1, 1, 0, 0));
        assertThat(funnel.days().get(2).all()).isEqualTo(new StageCounts(2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1));
        assertThat(funnel.total()).isEqualTo(new StageCounts(12, 7, 9, 3, 3, 2, 1, 1, 2, 1, 1));
        assertThat(funnel.days()).extracting(Funnel.Day::withoutObjectId).containsExactly(1L, 0L, 0L);
        assertThat(funnel.withoutObjectId()).isEqualTo(1);
    }

    @Test
    void predictionQualityCountsOnlyClosedWindowsAsCountedByHand() {
        Funnel funnel = fixedDataSet();

        assertThat(funnel.ready()).isEqualTo(new Share(2, 5));
        assertThat(funnel.ready().percent()).isEqualTo(40);
        assertThat(funnel.blocked()).isEqualTo(new Share(1, 5));
        assertThat(funnel.blockedByReason()).containsExactlyInAnyOrderEntriesOf(Map.of(
                Reason.METHODS_NOT_REGISTERED, new Share(1, 3), Reason.SSPR_NOT_ENABLED, new Share(0, 2)));
        assertThat(funnel.blockedByReason().get(Reason.METHODS_NOT_REGISTERED).percent()).isEqualTo(33);
    }

    @Test
    void countsEveryReasonBlocksAndFindingsAsCountedByHand() {
        Funnel funnel = fixedDataSet();

        assertThat(funnel.reasons()).containsExactly(
                new Funnel.ReasonRow(Reason.METHODS_NOT_REGISTERED, new StageCounts(3, 0, 1, 1, 1, 0, 0, 0, 1, 1, 0)),
                new Funnel.ReasonRow(Reason.SSPR_NOT_ENABLED, new StageCounts(2, 0, 1, 0, 0, 0, 0, 1, 1, 0, 0)),
                new Funnel.ReasonRow(Reason.SYNC_LATE, new StageCounts(2, 1, 2, 0, 0, 1, 0, 1, 1, 0, 0)));
        assertThat(funnel.days().get(0).byReason()).containsOnlyKeys(Reason.METHODS_NOT_REGISTERED, Reason.SYNC_LATE);
        assertThat(funnel.days().get(0).byReason().get(Reason.METHODS_NOT_REGISTERED).checked()).isEqualTo(2);
    }

    @Test
    void keepsEntrasFailureReasonsAndUnknownStepsVerbatim() {
        Funnel funnel = fixedDataSet();

        assertThat(funnel.failures()).containsExactly(new Funnel.TextCount("FuzzyPolicyViolationInvalidPassword", 1),
                new Funnel.TextCount(CANCELLED, 1));
        assertThat(funnel.unknownSteps()).containsExactly(new Funnel.TextCount(MYSTERY, 1));
        assertThat(funnel.days().get(0).failures()).containsExactly(new Funnel.TextCount(CANCELLED, 1));
        assertThat(funnel.days().get(1).failures())
                .containsExactly(new Funnel.TextCount("FuzzyPolicyViolationInvalidPassword", 1));
    }

    @Test
    void anEventBelongsToTheWindowFromTheVerdictInclusiveToItsEndExclusive() {
        attempt("B1", "2026-12-01T09:00:00Z", "hal", Outcome.READY);
        event("2026-12-01T09:00:00Z", "hal", FLOW, "success", SUBMITTED);
        event("2026-12-01T10:00:00Z", "hal", RESET, "success", "");

        Funnel funnel = FunnelCalculator.compute(attempts, events, FIRST, FIRST, HOUR, NOW);

        assertThat(funnel.total().reached()).isEqualTo(1);
        assertThat(funnel.total().succeeded()).isZero();
    }

    @Test
    void aLaterAttemptOutsideThePeriodStillTakesTheEventsAfterIt() {
        attempt("C1", "2026-12-01T23:50:00Z", "ivy", Outcome.READY);
        attempt("C2", "2026-12-02T00:05:00Z", "ivy", Outcome.READY);
        event("2026-12-02T00:10:00Z", "ivy", RESET, "success", "");

        Funnel funnel = FunnelCalculator.compute(attempts, events, FIRST, FIRST, HOUR, NOW);

        assertThat(funnel.total().checked()).isEqualTo(1);
        assertThat(funnel.total().reached()).isZero();
        assertThat(funnel.ready()).isEqualTo(new Share(0, 1));
    }

    @Test
    void aSuccessAfterAFailureIsASuccessAndMatchesMicrosoftsCasingLoosely() {
        attempt("D1", "2026-12-01T09:00:00Z", "jon", Outcome.READY);
        event("2026-12-01T09:05:00Z", "JON", RESET.toUpperCase(), "failure", "PasswordDoesnotComplyFuzzyPolicy");
        event("2026-12-01T09:06:00Z", "jon", RESET.toLowerCase(), "success", "");

        Funnel funnel = FunnelCalculator.compute(attempts, events, FIRST, FIRST, HOUR, NOW);

        assertThat(funnel.total()).isEqualTo(new StageCounts(1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0));
        assertThat(funnel.failures()).isEmpty();
    }

    @Test
    void dayByDayJoinedIsTheWholePeriodAtOnce() {
        fixedDataSet();
        // Across midnight: the event of the 2nd belongs to the attempt of the 1st, which only day 1's slice holds.
        attempt("A14", "2026-12-01T23:40:00Z", "hal", Outcome.BLOCKED, Reason.METHODS_NOT_REGISTERED);
        event("2026-12-02T00:10:00Z", "hal", RESET, "success", "");
        Funnel whole = FunnelCalculator.compute(attempts, events, FIRST, LAST, HOUR, NOW);

        List<Funnel> days = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant until = from.plus(Duration.ofDays(1)).plus(HOUR);
            days.add(FunnelCalculator.compute(
                    attempts.stream().filter(a -> !a.at().isBefore(from) && a.at().isBefore(until)).toList(),
                    events.stream().filter(e -> !e.activityAt().isBefore(from) && e.activityAt().isBefore(until))
                            .toList(),
                    day, day, HOUR, NOW));
        }

        assertThat(FunnelCalculator.joinDays(days)).isEqualTo(whole);
        assertThat(whole.blockedByReason().get(Reason.METHODS_NOT_REGISTERED))
                .as("A3 and hal, after midnight, of A3 A4 A11 and hal")
                .isEqualTo(new Share(2, 4));
    }

    private void attempt(String code, String at, String user, Outcome outcome, Reason... reasons) {
        attempts.add(new FunnelAttempt(code, Instant.parse(at), user == null ? null : "u-" + user, outcome,
                Set.of(reasons)));
    }

    private void event(String at, String user, String activity, String result, String step) {
        events.add(new Event("e" + events.size(), Instant.parse(at), activity, result, step, "corr-" + user,
                "u-" + user));
    }
}
