package dev.ssprpreflight.check;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What Entra's audit log could tell, at check time, about Microsoft's 24-hour block of a user's self-service password
 * reset: blocked (since when), not blocked, or not known. "Not known" (the audit log is not read, it is still being
 * read back over the last 24 hours, or its store failed) never blocks, like "not blocked", but the console must not
 * show it as "not blocked".
 *
 * @param known whether the audit log was read over the whole last 24 hours (or a block was found, which is known
 *        either way)
 * @param lockout the block, when the log shows one
 */
public record SsprLockoutFact(boolean known, Optional<SsprLockout> lockout) {

    /** Nobody could look. */
    public static final SsprLockoutFact NOT_KNOWN = new SsprLockoutFact(false, Optional.empty());

    /** The whole last 24 hours were read and hold no block. */
    public static final SsprLockoutFact NONE = new SsprLockoutFact(true, Optional.empty());

    public SsprLockoutFact {
        Objects.requireNonNull(lockout, "lockout");
        known = known || lockout.isPresent();
    }

    public static SsprLockoutFact blocked(SsprLockout lockout) {
        return new SsprLockoutFact(true, Optional.of(lockout));
    }

    /** Whether Microsoft's portal refuses the user at {@code now}. */
    public boolean holdsAt(Instant now) {
        return lockout.map(block -> block.holdsAt(now)).orElse(false);
    }
}
