package dev.ssprpreflight.directory.graph;

import java.util.Optional;

import dev.ssprpreflight.check.SsprLockout;

/** Whether Entra's audit log shows that Microsoft blocks a user's self-service password reset now; from a store. */
@FunctionalInterface
interface SsprLockoutLookup {

    /** For when no SSPR audit event is read (the registration feed off): no block is ever seen. */
    SsprLockoutLookup NONE = objectId -> Optional.empty();

    /**
     * @param objectId the user's object id
     * @return the block, when one of the last 24 hours is held; empty when none is, or the store cannot say
     */
    Optional<SsprLockout> lockoutOf(String objectId);
}
