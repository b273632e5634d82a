package dev.ssprpreflight.check;

import java.time.Instant;

/**
 * The port through which the checks learn about users and their organisation.
 * <p>
 * It lives in the core because the core calls it (the dependency rule forbids {@code check} from
 * depending on {@code directory}); its adapters live in {@code directory/}. Implementations answer
 * with values, never with exceptions for expected failures, and give up by the deadline.
 */
public interface Directory {

    /**
     * Everything the checks need about one user and their organisation.
     *
     * @param userPrincipalName the UPN as the user typed it, trimmed and NFC-normalised
     * @param deadline when the whole check must be finished
     */
    DirectoryAnswer lookup(String userPrincipalName, Instant deadline);

    /**
     * A live look at the user's registered authentication methods, fresher than the registration
     * report. It may decline (empty methods) when its rate budget is spent.
     *
     * @param userObjectId the user's object id from {@link #lookup}
     * @param deadline when the whole check must be finished
     */
    MethodsAnswer liveMethods(String userObjectId, Instant deadline);
}
