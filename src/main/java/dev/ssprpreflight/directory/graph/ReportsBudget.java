package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import dev.ssprpreflight.directory.ReportsLedger;

/**
 * The one scheduler of the identity and access reports throttle (about 5 requests per 10 s per app per tenant):
 * every reports request of the adapter takes a slot here first, so that Graph never has to throttle us. The slots
 * are kept in a {@link ReportsLedger}, per instance or shared by the replicas; who gets them is decided here, by
 * priority:
 * <ol>
 * <li>The audit log's registration feed comes first with the first page of each poll: it keeps the verdicts of all
 * users confirmed, at one request every few seconds (and fewer while the mirror's first copy pages: it then only keeps
 * itself fresh, see {@link #firstCopyPaging()}), so that it decides from the moment the first copy is complete. Its
 * further pages (a cold start's look-back of a busy audit log, a burst) catch up without priority
 * ({@link #acquireCatchUp}), like the mirror's refresh.</li>
 * <li>While the registration mirror was never complete, its pages come next, before any check: while it pages, the
 * checks do without (a check without a slot stays silent rather than block), so that steady traffic cannot starve
 * the first copy, on which every later verdict rests.</li>
 * <li>Afterwards the checks' report rows and live looks may take any free slot; the mirror's refresh leaves
 * {@code reservedForChecks} slots of each window to them.</li>
 * </ol>
 * Background consumers ({@link ReportsConsumer#background()}) wait for a slot; a check's consumers never wait.
 * What each consumer got and was refused is counted for metrics and the health page.
 */
final class ReportsBudget {

    /** How long a background consumer sleeps at most between two looks at the ledger (another replica frees slots). */
    private static final Duration MAX_NAP = Duration.ofMillis(250);

    private final ReportsLedger ledger;
    private final int capacity;
    private final Duration window;
    private final int reservedForChecks;
    private final Map<ReportsConsumer, LongAdder> granted = new EnumMap<>(ReportsConsumer.class);
    private final Map<ReportsConsumer, LongAdder> refused = new EnumMap<>(ReportsConsumer.class);
    private final AtomicInteger feedWaiting = new AtomicInteger();
    private final AtomicLong throttledSeen = new AtomicLong();
    private volatile boolean mirrorEverCompleted;
    private volatile boolean mirrorFirstClaimed;

    /**
     * @param margin added to the window, so that jitter between our clock and Graph's arrival times cannot squeeze
     *        more than {@code capacity} requests into one of Graph's windows
     */
    ReportsBudget(ReportsLedger ledger, int capacity, Duration window, Duration margin, int reservedForChecks) {
        if (capacity < 1) {
            throw new IllegalStateException("sspr.graph.reports-throttle.requests must be at least 1");
        }
        if (reservedForChecks < 0 || reservedForChecks >= capacity) {
            throw new IllegalStateException("sspr.graph.reports-throttle.reserved-for-checks must be between 0 and "
                    + (capacity - 1) + " so that the mirror keeps at least one slot");
        }
        this.ledger = ledger;
        this.capacity = capacity;
        this.window = window.plus(margin);
        this.reservedForChecks = reservedForChecks;
        for (ReportsConsumer consumer : ReportsConsumer.values()) {
            granted.put(consumer, new LongAdder());
            refused.put(consumer, new LongAdder());
        }
    }

    /** A budget of one instance, in memory. */
    static ReportsBudget local(int capacity, Duration window, Duration margin, int reservedForChecks) {
        return new ReportsBudget(new LocalReportsLedger(), capacity, window, margin, reservedForChecks);
    }

    /** A check's request ({@link ReportsConsumer#REPORT_ROW}, {@link ReportsConsumer#LIVE_LOOK}): a slot now, or none. */
    boolean tryAcquire(ReportsConsumer consumer) {
        if (consumer.background()) {
            throw new IllegalArgumentException(consumer + " waits for its slot: use acquire");
        }
        boolean yields = firstCopyPaging() || feedWaiting();
        return count(consumer, !yields && ledger.tryTake(capacity, capacity, window, consumer.tag()).isEmpty());
    }

    /**
     * A background request ({@link ReportsConsumer#MIRROR}, {@link ReportsConsumer#REGISTRATION_FEED}): waits for a slot
     * its priority allows, at most {@code maxWait}.
     *
     * @return whether a slot was taken
     */
    boolean acquire(ReportsConsumer consumer, Duration maxWait) throws InterruptedException {
        if (!consumer.background()) {
            throw new IllegalArgumentException(consumer + " never waits: use tryAcquire");
        }
        boolean feed = consumer == ReportsConsumer.REGISTRATION_FEED;
        if (feed) {
            feedWaiting.incrementAndGet();
        }
        try {
            return waitForTurn(consumer, maxWait, feed ? this::feedTurn : this::mirrorTurn);
        } finally {
            if (feed) {
                feedWaiting.decrementAndGet();
            }
        }
    }

    /**
     * A page of the registration feed that catches up (a read longer than one page: a cold start's look-back, a
     * burst): unlike the feed's first page of a poll it has no priority. It waits, at most {@code maxWait}, for a slot
     * the mirror's refresh could take too, leaving {@code reservedForChecks} of each window to the checks, and none
     * while the mirror's first copy pages; the checks do not yield to it.
     *
     * @return whether a slot was taken
     */
    boolean acquireCatchUp(Duration maxWait) throws InterruptedException {
        return waitForTurn(ReportsConsumer.REGISTRATION_FEED, maxWait, this::catchUpTurn);
    }

    /** Looks at the ledger until {@code turn} grants a slot (empty) or {@code maxWait} passed. */
    private boolean waitForTurn(ReportsConsumer consumer, Duration maxWait, Supplier<Optional<Duration>> turn)
            throws InterruptedException {
        long giveUpAt = System.nanoTime() + maxWait.toNanos();
        while (true) {
            Optional<Duration> wait = turn.get();
            if (wait.isEmpty()) {
                return count(consumer, true);
            }
            long nap = Math.min(Math.min(wait.get().toNanos(), MAX_NAP.toNanos()), giveUpAt - System.nanoTime());
            if (nap <= 0) {
                return count(consumer, false);
            }
            TimeUnit.NANOSECONDS.sleep(nap);
        }
    }

    /** The mirror has a complete copy (paged or loaded): from now on the checks and the feed go first. */
    void mirrorCompleted() {
        mirrorEverCompleted = true;
        stopClaimingTheSlots();
    }

    /** The mirror's refresh stopped without a complete copy: it no longer holds the slots back from the others. */
    void mirrorStopped() {
        stopClaimingTheSlots();
    }

    /**
     * How long the budget pauses after a 429 without {@code Retry-After}: the reports throttle's whole window
     * (about 5 requests per 10 s, concepts/throttling-limits), after which every earlier request has left it.
     */
    static final Duration PAUSE_WITHOUT_RETRY_AFTER = Duration.ofSeconds(10);

    /** Graph throttled a reports request anyway (another app, a clock skew): no slot until its Retry-After passed. */
    void throttled(Duration retryAfter) {
        throttledSeen.incrementAndGet();
        ledger.pause(capacity, window, retryAfter);
    }

    /** {@link #throttled(Duration)} for the failure Graph answered: its {@code Retry-After}, else the whole window. */
    void throttled(GraphFailure failure) {
        throttled(failure.retryAfter().orElse(PAUSE_WITHOUT_RETRY_AFTER));
    }

    /** How many 429s the reports APIs answered since start. */
    long throttledSeen() {
        return throttledSeen.get();
    }

    /** Slots each consumer got, and was refused, since start. */
    Shares shares() {
        Map<String, Long> got = new java.util.LinkedHashMap<>();
        Map<String, Long> denied = new java.util.LinkedHashMap<>();
        for (ReportsConsumer consumer : ReportsConsumer.values()) {
            got.put(consumer.tag(), granted.get(consumer).sum());
            denied.put(consumer.tag(), refused.get(consumer).sum());
        }
        return new Shares(got, denied, mirrorEverCompleted, capacity, reservedForChecks, ledger.failures());
    }

    /**
     * @param granted slots taken since start, by consumer tag
     * @param refused requests refused (a check did without, a background consumer gave up waiting), by consumer tag
     * @param mirrorEverCompleted whether the checks and the feed have left the mirror's first-copy priority behind
     * @param capacity slots per window
     * @param reservedForChecks slots of each window the mirror's refresh leaves to the checks
     * @param ledgerFailures failed statements of a shared ledger since start
     */
    record Shares(Map<String, Long> granted, Map<String, Long> refused, boolean mirrorEverCompleted, int capacity,
            int reservedForChecks, long ledgerFailures) {

        Shares {
            granted = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(granted));
            refused = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(refused));
        }
    }

    private Optional<Duration> mirrorTurn() {
        if (feedWaiting()) {
            return Optional.of(Duration.ofMillis(50));
        }
        if (!mirrorEverCompleted) {
            // The first copy: claim every slot, page after page, so that no check and no feed takes one meanwhile.
            ledger.claimMirrorFirst(window.multipliedBy(2));
            mirrorFirstClaimed = true;
            return ledger.tryTake(capacity, capacity, window, ReportsConsumer.MIRROR.tag());
        }
        return ledger.tryTake(capacity, capacity - reservedForChecks, window, ReportsConsumer.MIRROR.tag());
    }

    private Optional<Duration> catchUpTurn() {
        if (firstCopyPaging()) {
            return Optional.of(MAX_NAP);
        }
        return ledger.tryTake(capacity, capacity - reservedForChecks, window, ReportsConsumer.REGISTRATION_FEED.tag());
    }

    private Optional<Duration> feedTurn() {
        return ledger.tryTake(capacity, capacity, window, ReportsConsumer.REGISTRATION_FEED.tag());
    }

    /** Whether a read of the registration feed waits for a slot now (the checks then yield to it). */
    boolean feedWaiting() {
        return feedWaiting.get() > 0;
    }

    /**
     * Whether some replica pages the mirror's first copy now, while this one has none: that paging goes before the
     * checks, and the feed only keeps itself fresh.
     */
    boolean firstCopyPaging() {
        return !mirrorEverCompleted && ledger.mirrorFirst();
    }

    private void stopClaimingTheSlots() {
        if (mirrorFirstClaimed) {
            mirrorFirstClaimed = false;
            ledger.releaseMirrorFirst();
        }
    }

    private boolean count(ReportsConsumer consumer, boolean taken) {
        (taken ? granted : refused).get(consumer).increment();
        return taken;
    }
}
