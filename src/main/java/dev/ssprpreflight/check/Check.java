package dev.ssprpreflight.check;

/**
 * One rule of the catalogue: a condition under which self-service password reset cannot work (a
 * {@link Reason.Tier#BLOCK}), or that admins should know about although it works (a
 * {@link Reason.Tier#FINDING}). Each rule's class links the Microsoft source it follows.
 * <p>
 * A check is stateless and answers only from the {@link CheckContext}; it never fetches anything.
 * When it needs fresher facts than the context holds, it says so through
 * {@link #wantsLiveMethods(CheckContext)} and the {@link PreflightService} fetches them.
 */
public interface Check {

    /** The reason this check raises; its tier says whether it blocks. */
    Reason reason();

    /** Whether the reason holds for the user of this context. */
    boolean raises(CheckContext context);

    /**
     * Whether this check also judges external accounts (B2B guests, invited users). Most rules do not:
     * such a user resets in their home organisation, whose licences, registrations and policies this
     * tenant cannot see.
     */
    default boolean appliesToExternalUsers() {
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
