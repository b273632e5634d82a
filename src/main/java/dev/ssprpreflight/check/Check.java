package dev.ssprpreflight.check;

/**
 * One rule of the catalogue: a condition under which self-service password reset cannot work.
 * <p>
 * A check is stateless and answers only from the {@link CheckContext}; it never fetches anything.
 * When it needs fresher facts than the context holds, it says so through
 * {@link #wantsLiveMethods(CheckContext)} and the {@link PreflightService} fetches them.
 */
public interface Check {

    /** The reason this check reports when it blocks. */
    Reason reason();

    /** Whether reset cannot work for the user of this context. */
    boolean blocks(CheckContext context);

    /**
     * Whether this check also judges guest accounts. Most rules do not: a guest resets in their home
     * organisation, whose licences, registrations and policies this tenant cannot see.
     */
    default boolean appliesToGuests() {
        return false;
    }

    /**
     * Whether the check would block on the (possibly hours-old) registration report alone, and so
     * needs a live look at the user's methods before it may.
     */
    default boolean wantsLiveMethods(CheckContext context) {
        return false;
    }
}
