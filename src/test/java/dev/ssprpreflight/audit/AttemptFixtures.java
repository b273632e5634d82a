package dev.ssprpreflight.audit;

import java.sql.Statement;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.jdbc.Transactions;

/** Puts attempts straight into the log, with the times and values a console test needs. */
public final class AttemptFixtures {

    private AttemptFixtures() {
    }

    public static void clear() {
        Transactions.inTransaction(StoredAttempts.dataSource(), "clear the attempt log", connection -> {
            try (Statement delete = connection.createStatement()) {
                delete.executeUpdate("DELETE FROM console_access");
                delete.executeUpdate("DELETE FROM attempt_reason");
                return delete.executeUpdate("DELETE FROM attempt");
            }
        });
    }

    public static Attempt insert(String username, Outcome outcome, List<Reason> reasons, Instant at) {
        return insert(username, outcome, reasons, at, 100);
    }

    public static Attempt insert(String username, Outcome outcome, List<Reason> reasons, Instant at, long durationMillis) {
        return insert(username, outcome, reasons, at, durationMillis, null);
    }

    /** An attempt of the user with this object id, as the funnel joins it with Entra's events. */
    public static Attempt insertOf(String username, String objectId, Outcome outcome, List<Reason> reasons,
            Instant at) {
        Attempt attempt = build(username, outcome, reasons, at, 100, null);
        attempt.userObjectId = objectId;
        return store(attempt);
    }

    /** An attempt with the facts column as given: JSON as an older version wrote it, for example. */
    public static Attempt insert(String username, Outcome outcome, List<Reason> reasons, Instant at, long durationMillis,
            String factsJson) {
        return store(build(username, outcome, reasons, at, durationMillis, factsJson));
    }

    private static Attempt store(Attempt attempt) {
        Transactions.inTransaction(StoredAttempts.dataSource(), "store a test attempt", connection -> {
            AttemptRows.insert(connection, attempt);
            return null;
        });
        return attempt;
    }

    private static Attempt build(String username, Outcome outcome, List<Reason> reasons, Instant at,
            long durationMillis, String factsJson) {
        Attempt attempt = new Attempt();
        attempt.referenceCode = ReferenceCode.generate();
        attempt.occurredAt = at;
        attempt.usernameEntered = username;
        attempt.usernameNormalised = username.toLowerCase();
        attempt.outcome = outcome;
        attempt.reasons = reasons.isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(reasons);
        attempt.durationMillis = durationMillis;
        attempt.locale = "en";
        attempt.userAgent = "Mozilla/5.0 (test)";
        attempt.clientIp = "198.51.100.0";
        attempt.facts = factsJson;
        return attempt;
    }
}
