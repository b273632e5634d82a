package dev.ssprpreflight.audit;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One recorded preflight check: what was asked, what we found, and how to find it again. */
@Entity
@Table(name = "attempt")
public class Attempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The short code shown to the user and read out to the help desk. */
    @Column(name = "reference_code", nullable = false, unique = true)
    public String referenceCode;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    /** The username as the user typed it (trimmed, NFC). */
    @Column(name = "username_entered", nullable = false)
    public String usernameEntered;

    /** Lower case, for case-insensitive search. */
    @Column(name = "username_normalised", nullable = false)
    public String usernameNormalised;

    @Column(name = "user_object_id")
    public String userObjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public Outcome outcome;

    /**
     * Blocks and findings alike, one row per code: the tier is a property of the code ({@link Reason#blocks()}),
     * so a READY attempt may carry findings, and codes retired since stay as they were recorded. Loaded lazily in
     * batches, so that a page or an export of attempts costs a few queries, not one per row.
     */
    @ElementCollection(fetch = FetchType.LAZY)
    @BatchSize(size = 256)
    @CollectionTable(name = "attempt_reason", joinColumns = @JoinColumn(name = "attempt_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false)
    public Set<Reason> reasons = EnumSet.noneOf(Reason.class);

    @Column(name = "duration_millis", nullable = false)
    public long durationMillis;

    /** The UI language code the user saw (en, sv). */
    @Column(name = "locale", nullable = false)
    public String locale;

    /** The directory's request ids, space-separated, to correlate with Graph's own logs. */
    @Column(name = "directory_request_ids")
    public String directoryRequestIds;

    /** Why the checks could not run, for {@link Outcome#CHECKS_UNAVAILABLE}. */
    @Column(name = "unavailable_cause")
    public String unavailableCause;

    /** The client's address, full or truncated as configured; null when not kept. */
    @Column(name = "client_ip")
    public String clientIp;

    /** The browser's User-Agent, cut to {@link AttemptLog#MAX_USER_AGENT_LENGTH} characters. */
    @Column(name = "user_agent")
    public String userAgent;

    /** The facts the checks saw, as {@link FactsSnapshot} JSON; null when the user was not found. */
    @Column(name = "facts")
    public String facts;

    public static Attempt findByReferenceCode(String referenceCode) {
        return find("referenceCode", referenceCode).firstResult();
    }
}
