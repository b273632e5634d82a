package dev.ssprpreflight.directory;

/**
 * How a call to the directory's remote service failed: the one list of kinds that the Graph adapter counts,
 * the readiness check judges, the console shows and the metrics tag (by {@link #name()}). Declared in the order a
 * reader meets them: reaching the service, being let in, the answer.
 */
public enum FailureKind {
    /** Connection refused, reset, TLS failure, malformed answer. */
    NETWORK,
    /** No answer in time. */
    TIMEOUT,
    /** 401: the credential or token was refused. */
    UNAUTHENTICATED,
    /** 403: the app lacks an application permission (or the tenant a licence). */
    FORBIDDEN,
    /** 5xx or any other unexpected status. */
    SERVER_ERROR,
    /** 429: throttled; worth a retry after {@code Retry-After} if the budget allows. */
    THROTTLED,
    /** 404: no such user (or row). */
    NOT_FOUND
}
