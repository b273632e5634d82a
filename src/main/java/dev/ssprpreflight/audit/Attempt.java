package dev.ssprpreflight.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;

/**
 * One recorded preflight check: what was asked, what we found, and how to find it again. A row of {@code attempt} with
 * its codes from {@code attempt_reason}, read and written by {@link AttemptRows}.
 */
public class Attempt {
    public Long id;

    /** The short code shown to the user and read out to the help desk. */
    public String referenceCode;
    public Instant occurredAt;

    /** The username as the user typed it (trimmed, NFC). */
    public String usernameEntered;

    /** Lower case, for case-insensitive search. */
    public String usernameNormalised;
    public String userObjectId;
    public Outcome outcome;

    /**
     * Blocks and findings alike, one row per code: the tier is a property of the code ({@link Reason#blocks()}),
     * so a READY attempt may carry findings, and codes retired since stay as they were recorded. Read for a page or a
     * chunk of an export at once, so that it costs a query per chunk, not one per row.
     */
    public Set<Reason> reasons = EnumSet.noneOf(Reason.class);
    public long durationMillis;

    /** The UI language code the user saw (en, sv). */
    public String locale;

    /** The directory's request ids, space-separated, to correlate with Graph's own logs. */
    public String directoryRequestIds;

    /** Why the checks could not run, for {@link Outcome#CHECKS_UNAVAILABLE}. */
    public String unavailableCause;

    /** The client's address, full or truncated as configured; null when not kept. */
    public String clientIp;

    /** The browser's User-Agent, cut to {@link AttemptLog#MAX_USER_AGENT_LENGTH} characters. */
    public String userAgent;

    /** The facts the checks saw, as {@link FactsSnapshot} JSON; null when the user was not found. */
    public String facts;

}
