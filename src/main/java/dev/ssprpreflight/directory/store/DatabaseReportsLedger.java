package dev.ssprpreflight.directory.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import javax.sql.DataSource;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.directory.ReportsLedger;
import dev.ssprpreflight.jdbc.Transactions;
import io.quarkus.arc.Unremovable;
import io.quarkus.logging.Log;

/**
 * The reports budget's slots in the application's database (tables of {@code V140__Reports_budget.sql}), shared by
 * every replica over it, so that together they stay within Graph's limit. Plain JDBC with portable SQL and
 * single autocommit statements, as {@link DatabaseMirrorStore}, so that it runs on PostgreSQL and on H2 alike.
 * <p>
 * <b>Slots.</b> One row per slot, {@code slot_no} 1..capacity, created when first asked for (a replica racing to
 * create the same row is harmless); {@code taken_at} is when it was last taken. Taking a slot is one read of the
 * slots (oldest first) and one compare-and-set of the oldest, free one:
 * {@code UPDATE … WHERE slot_no = ? AND taken_at = <the value read>}. The database's row lock makes the update
 * atomic between replicas, and {@code taken_at} only ever grows, so a row is taken at most once per window: at most
 * {@code capacity} takes happen in any window, whatever the replicas do. Every replica picks the same row (the oldest),
 * so that racing replicas collide on it instead of each taking another one past a {@code limit} below the capacity;
 * the loser reads again. A replica configured with a smaller capacity uses the first rows only, so the largest
 * capacity of any replica bounds them all.
 * <p>
 * <b>Time.</b> "Now" is the database's {@code CURRENT_TIMESTAMP}, read in the same statement as the slots, so that
 * replicas with skewed clocks agree and a take costs two round trips (a refusal one). The stamp written is that time
 * plus what elapsed on this replica since the read was sent, never less than the database's clock when the update
 * runs: a replica stalled between the read and the update (a GC pause, a slow network) cannot stamp its slot in
 * the past and so free it early. What remains (the update's own round trip, the request's way to Graph) is what
 * the budget's margin on the window is for.
 * <p>
 * <b>Failures</b> fail closed and never throw: when the database does not answer, {@link #tryTake} refuses (the
 * checks then do without live looks, which sends users on to the portal; background consumers wait),
 * {@link #mirrorFirst} answers false, and pauses and claims are logged and dropped. After a failure the ledger
 * refuses for {@value #BACK_OFF_MILLIS} ms without asking the database, so that a database that hangs costs one
 * connection timeout per second, not one per check. A warning is logged at most once per minute;
 * {@link #failures()} counts every failed statement for the metrics.
 */
@Singleton
@Unremovable
public class DatabaseReportsLedger implements ReportsLedger {

    /** How long the ledger refuses without asking the database after it failed. */
    static final long BACK_OFF_MILLIS = 1000;

    /** Reads and compare-and-sets before a take lost to other replicas every time gives up for now. */
    private static final int ATTEMPTS = 3;
    private static final Duration CONTENDED = Duration.ofMillis(10);
    private static final long WARN_EVERY_NANOS = TimeUnit.MINUTES.toNanos(1);
    private static final int TAG_LENGTH = 40;
    private static final String PAUSED_BY = "retry-after";
    /** SQLSTATE of a unique-key violation, on PostgreSQL and H2 alike. */
    private static final String DUPLICATE_KEY = "23505";

    private final DataSource dataSource;
    private final LongAdder failures = new LongAdder();
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);
    private volatile long backOffUntil = System.nanoTime();
    private volatile boolean failing;

    @Inject
    public DatabaseReportsLedger(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Optional<Duration> tryTake(int capacity, int limit, Duration window, String consumer) {
        return take(capacity, limit, window, consumer).retryIn();
    }

    /** {@link #tryTake}, telling which slot was taken with which stamp (for the tests). */
    Take take(int capacity, int limit, Duration window, String consumer) {
        int allowed = Math.min(limit, capacity);
        if (allowed < 1) {
            return Take.refused(window);
        }
        long backOff = backOffUntil - System.nanoTime();
        if (backOff > 0) {
            return Take.refused(Duration.ofNanos(backOff));
        }
        long windowMillis = window.toMillis();
        try {
            return Transactions.read(dataSource, "take a slot", connection -> takeOldest(connection, capacity, allowed,
                    windowMillis, consumer));
        } catch (RuntimeException e) {
            failed("take a slot", e);
            return Take.refused(Duration.ofMillis(BACK_OFF_MILLIS));
        }
    }

    /** Up to {@value #ATTEMPTS} reads and compare-and-sets of the oldest slot, in autocommit. */
    private Take takeOldest(Connection connection, int capacity, int allowed, long windowMillis, String consumer)
            throws SQLException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Slots slots = slots(connection, capacity);
            List<Slot> rows = slots.rows();
            long busy = rows.stream().filter(slot -> slot.takenAt() > slots.now() - windowMillis).count();
            if (busy >= allowed) {
                answered();
                // Oldest first: the slot whose freeing leaves fewer than the limit busy.
                Slot next = rows.get(rows.size() - allowed);
                return Take.refused(Duration.ofMillis(Math.max(1, next.takenAt() + windowMillis - slots.now())));
            }
            Slot oldest = rows.get(0);
            long stamp = slots.now() + millisSince(slots.readSentAt());
            if (compareAndSet(connection, oldest, stamp, consumer)) {
                answered();
                return Take.taken(oldest.no(), stamp);
            }
        }
        answered();
        return Take.refused(CONTENDED);
    }

    @Override
    public void pause(int capacity, Duration window, Duration retryAfter) {
        try {
            Transactions.read(dataSource, "hold the slots back", connection -> {
                Slots slots = slots(connection, capacity);
                // Taken as late as that, a slot is busy until the Retry-After has passed; later ones stay as they are.
                long takenAt = slots.now() + retryAfter.toMillis() - window.toMillis();
                try (PreparedStatement update = connection.prepareStatement("UPDATE reports_budget_slot "
                        + "SET taken_at = ?, taken_by = ? WHERE slot_no <= ? AND taken_at < ?")) {
                    update.setLong(1, takenAt);
                    update.setString(2, PAUSED_BY);
                    update.setInt(3, capacity);
                    update.setLong(4, takenAt);
                    return update.executeUpdate();
                }
            });
            answered();
        } catch (RuntimeException e) {
            failed("hold the slots back for Graph's Retry-After", e);
        }
    }

    @Override
    public boolean mirrorFirst() {
        if (backOffUntil - System.nanoTime() > 0) {
            return false;
        }
        try {
            boolean claimed = Transactions.read(dataSource, "read the mirror's claim", connection -> {
                try (PreparedStatement select = connection.prepareStatement(
                        "SELECT mirror_first_until, CURRENT_TIMESTAMP FROM reports_budget_state WHERE id = 1");
                        ResultSet result = select.executeQuery()) {
                    return result.next() && result.getLong(1) > epochMillis(result, 2);
                }
            });
            answered();
            return claimed;
        } catch (RuntimeException e) {
            failed("read the mirror's claim", e);
            return false;
        }
    }

    @Override
    public void claimMirrorFirst(Duration duration) {
        try {
            Transactions.read(dataSource, "claim the slots for the mirror", connection -> {
                long now;
                try (PreparedStatement select = connection.prepareStatement("SELECT CURRENT_TIMESTAMP");
                        ResultSet result = select.executeQuery()) {
                    result.next();
                    now = epochMillis(result, 1);
                }
                return setMirrorFirstUntil(connection, now + duration.toMillis());
            });
            answered();
        } catch (RuntimeException e) {
            failed("claim the slots for the mirror", e);
        }
    }

    @Override
    public void releaseMirrorFirst() {
        try {
            Transactions.read(dataSource, "release the mirror's claim", connection -> setMirrorFirstUntil(connection, 0));
            answered();
        } catch (RuntimeException e) {
            failed("release the mirror's claim", e);
        }
    }

    /** How many statements of the ledger failed since start (the database was unreachable, or refused them). */
    @Override
    public long failures() {
        return failures.sum();
    }

    /**
     * The slots 1..{@code capacity}, oldest first, with the database's time: the rows missing are created first.
     */
    private static Slots slots(Connection connection, int capacity) throws SQLException {
        Slots slots = readSlots(connection, capacity);
        if (slots.rows().size() < capacity) {
            createSlots(connection, capacity, slots.rows());
            slots = readSlots(connection, capacity);
            if (slots.rows().size() < capacity) {
                throw new IllegalStateException("The reports budget's slots 1.." + capacity + " could not be created");
            }
        }
        return slots;
    }

    private static Slots readSlots(Connection connection, int capacity) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT slot_no, taken_at, CURRENT_TIMESTAMP "
                + "FROM reports_budget_slot WHERE slot_no <= ? ORDER BY taken_at, slot_no")) {
            select.setInt(1, capacity);
            long sentAt = System.nanoTime();
            try (ResultSet result = select.executeQuery()) {
                List<Slot> rows = new ArrayList<>(capacity);
                long now = 0;
                while (result.next()) {
                    rows.add(new Slot(result.getInt(1), result.getLong(2)));
                    now = epochMillis(result, 3);
                }
                return new Slots(now, sentAt, rows);
            }
        }
    }

    /** Inserts the missing slots as free; a row another replica inserted meanwhile is just as good. */
    private static void createSlots(Connection connection, int capacity, List<Slot> existing) throws SQLException {
        Set<Integer> present = new HashSet<>();
        existing.forEach(slot -> present.add(slot.no()));
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reports_budget_slot (slot_no, taken_at, taken_by) VALUES (?, 0, NULL)")) {
            for (int slotNo = 1; slotNo <= capacity; slotNo++) {
                if (present.contains(slotNo)) {
                    continue;
                }
                insert.setInt(1, slotNo);
                try {
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!DUPLICATE_KEY.equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        }
    }

    /** Takes the slot if nobody took it since it was read. */
    private static boolean compareAndSet(Connection connection, Slot slot, long stamp, String consumer)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE reports_budget_slot "
                + "SET taken_at = ?, taken_by = ? WHERE slot_no = ? AND taken_at = ?")) {
            update.setLong(1, stamp);
            update.setString(2, consumer.length() > TAG_LENGTH ? consumer.substring(0, TAG_LENGTH) : consumer);
            update.setInt(3, slot.no());
            update.setLong(4, slot.takenAt());
            return update.executeUpdate() == 1;
        }
    }

    private static int setMirrorFirstUntil(Connection connection, long until) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE reports_budget_state SET mirror_first_until = ? WHERE id = 1")) {
            update.setLong(1, until);
            return update.executeUpdate();
        }
    }

    /** A {@code TIMESTAMP WITH TIME ZONE} column (H2's and PostgreSQL's {@code CURRENT_TIMESTAMP}) in epoch millis. */
    private static long epochMillis(ResultSet result, int column) throws SQLException {
        return result.getObject(column, OffsetDateTime.class).toInstant().toEpochMilli();
    }

    /** Whole milliseconds since {@code nanoTime}, rounded up. */
    private static long millisSince(long nanoTime) {
        return Math.max(0, (System.nanoTime() - nanoTime + 999_999) / 1_000_000);
    }

    private void answered() {
        if (failing) {
            failing = false;
            Log.info("The reports budget's ledger in the database answers again");
        }
    }

    private void failed(String what, Exception e) {
        failures.increment();
        failing = true;
        long now = System.nanoTime();
        backOffUntil = now + TimeUnit.MILLISECONDS.toNanos(BACK_OFF_MILLIS);
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            Log.warnf("Could not %s in the reports budget's ledger (%s): reports requests are refused while the "
                    + "database does not answer (failures since start: %d; no further warning within a minute)",
                    what, e.toString(), failures.sum());
        }
    }

    /**
     * What one attempt to take a slot came to.
     *
     * @param slotNo the slot taken; 0 when none was
     * @param takenAt the stamp written into it, epoch millis on the database's clock; 0 when none was taken
     * @param retryIn when no slot was taken, about how long until one frees; empty when one was
     */
    record Take(int slotNo, long takenAt, Optional<Duration> retryIn) {

        static Take taken(int slotNo, long takenAt) {
            return new Take(slotNo, takenAt, Optional.empty());
        }

        static Take refused(Duration retryIn) {
            return new Take(0, 0, Optional.of(retryIn));
        }

        boolean taken() {
            return retryIn.isEmpty();
        }
    }

    /**
     * The slots asked for, oldest first.
     *
     * @param now the database's time when they were read, epoch millis
     * @param readSentAt {@link System#nanoTime()} just before the read was sent
     */
    private record Slots(long now, long readSentAt, List<Slot> rows) {
    }

    private record Slot(int no, long takenAt) {
    }
}
