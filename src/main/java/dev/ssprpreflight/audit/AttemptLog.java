package dev.ssprpreflight.audit;

import java.time.Instant;
import java.util.EnumSet;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.jdbc.Transactions;
import io.quarkus.logging.Log;

/**
 * Records every check outcome. Recording never breaks the journey: a failure is logged at ERROR
 * with everything the record would have held, so the attempt is not lost silently, and the user
 * still gets their reference code.
 */
@ApplicationScoped
public class AttemptLog {

    static final int MAX_CAUSE_LENGTH = 500;
    static final int MAX_REQUEST_IDS_LENGTH = 1000;
    static final int MAX_USER_AGENT_LENGTH = 200;

    private final AttemptLogConfig config;
    private final FactsJson factsJson;
    private final DataSource dataSource;

    AttemptLog(AttemptLogConfig config, FactsJson factsJson, DataSource dataSource) {
        this.config = config;
        this.factsJson = factsJson;
        this.dataSource = dataSource;
    }

    public RecordedAttempt record(AttemptEntry entry) {
        return record(entry, Instant.now());
    }

    /**
     * Records a check that ran at {@code occurredAt}: the demo's history of past checks, recorded at start so that
     * the console has a day to show.
     */
    public RecordedAttempt record(AttemptEntry entry, Instant occurredAt) {
        String referenceCode = ReferenceCode.generate();
        try {
            Attempt attempt = toAttempt(referenceCode, entry, occurredAt);
            Transactions.inTransaction(dataSource, "record attempt " + referenceCode, connection -> {
                AttemptRows.insert(connection, attempt);
                return null;
            });
            return new RecordedAttempt(referenceCode, true);
        } catch (RuntimeException e) {
            Verdict verdict = entry.verdict();
            Log.errorf(e, "Attempt %s NOT recorded: username=%s outcome=%s reasons=%s durationMs=%d locale=%s",
                    referenceCode, entry.usernameNormalised(), verdict.outcome(), verdict.reasons(),
                    verdict.duration().toMillis(), entry.locale());
            return new RecordedAttempt(referenceCode, false);
        }
    }

    private Attempt toAttempt(String referenceCode, AttemptEntry entry, Instant occurredAt) {
        Verdict verdict = entry.verdict();
        Attempt attempt = new Attempt();
        attempt.referenceCode = referenceCode;
        attempt.occurredAt = occurredAt;
        attempt.usernameEntered = entry.usernameEntered();
        attempt.usernameNormalised = entry.usernameNormalised();
        attempt.userObjectId = verdict.user().map(UserFacts::objectId).orElse(null);
        attempt.outcome = verdict.outcome();
        attempt.reasons = verdict.reasons().isEmpty() ? EnumSet.noneOf(Reason.class) : EnumSet.copyOf(verdict.reasons());
        attempt.durationMillis = verdict.duration().toMillis();
        attempt.locale = entry.locale();
        attempt.directoryRequestIds = truncate(String.join(" ", verdict.directoryRequestIds()), MAX_REQUEST_IDS_LENGTH);
        attempt.unavailableCause = verdict.unavailableCause().map(cause -> truncate(cause, MAX_CAUSE_LENGTH)).orElse(null);
        attempt.clientIp = config.clientIp().apply(entry.clientIp()).orElse(null);
        attempt.userAgent = entry.userAgent() == null ? null : truncate(entry.userAgent(), MAX_USER_AGENT_LENGTH);
        if (verdict.user().isPresent() && verdict.tenant().isPresent()) {
            attempt.facts = factsJson.write(FactsSnapshot.of(verdict.user().get(), verdict.tenant().get()));
        }
        return attempt;
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
