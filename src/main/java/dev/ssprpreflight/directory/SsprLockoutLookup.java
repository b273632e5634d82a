package dev.ssprpreflight.directory;

import dev.ssprpreflight.check.SsprLockoutFact;

/** Whether Entra's audit log shows that Microsoft blocks a user's self-service password reset now; from a store. */
@FunctionalInterface
public interface SsprLockoutLookup {

    /** For when no SSPR audit event is read (the registration feed off): no block is ever seen, nor known absent. */
    SsprLockoutLookup NOT_READ = objectId -> SsprLockoutFact.NOT_KNOWN;

    /**
     * @param objectId the user's object id
     * @return the block, when one of the last 24 hours is held; else none when the last 24 hours were read whole, not
     *         known when they were not or the store cannot say
     */
    SsprLockoutFact lockoutOf(String objectId);
}
