package dev.ssprpreflight.directory.graph;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

import com.azure.core.exception.ClientAuthenticationException;

import dev.ssprpreflight.directory.FailureKind;

/**
 * A failed Graph call, translated from HTTP status, error body and exception into what the adapter
 * does about it. Plain values only: nothing of the SDK leaves through here.
 *
 * @param call which call failed
 * @param kind how it failed
 * @param status the HTTP status, 0 when there was no response
 * @param code Graph's error code, if the body had one
 * @param retryAfter the server's {@code Retry-After}, for 429 and 503
 */
record GraphFailure(GraphCall call, FailureKind kind, int status, Optional<String> code, Optional<Duration> retryAfter) {

    static GraphFailure fromStatus(GraphCall call, int status, Optional<String> code, Optional<String> retryAfter) {
        FailureKind kind = switch (status) {
            case 404 -> FailureKind.NOT_FOUND;
            case 429 -> FailureKind.THROTTLED;
            case 401 -> FailureKind.UNAUTHENTICATED;
            case 403 -> FailureKind.FORBIDDEN;
            default -> FailureKind.SERVER_ERROR;
        };
        return new GraphFailure(call, kind, status, code, retryAfter.flatMap(GraphFailure::parseRetryAfter));
    }

    static GraphFailure fromException(GraphCall call, Throwable error) {
        boolean ioError = false;
        boolean tokenRefused = false;
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof InterruptedIOException) {
                return new GraphFailure(call, FailureKind.TIMEOUT, 0, Optional.empty(), Optional.empty());
            }
            ioError |= t instanceof IOException;
            tokenRefused |= t instanceof ClientAuthenticationException;
        }
        // azure-identity wraps both a refused credential (Entra answered 400/401: wrong secret, expired
        // certificate) and an unreachable token endpoint in ClientAuthenticationException; only an I/O
        // error underneath tells the second apart.
        FailureKind kind = tokenRefused && !ioError ? FailureKind.UNAUTHENTICATED : FailureKind.NETWORK;
        return new GraphFailure(call, kind, 0, Optional.empty(), Optional.empty());
    }

    /**
     * {@code Retry-After} in seconds, fractional too ({@code 2.128}); the HTTP-date form is not used
     * by Graph and reads as absent.
     */
    static Optional<Duration> parseRetryAfter(String value) {
        if (value == null) {
            return Optional.empty();
        }
        try {
            BigDecimal seconds = new BigDecimal(value.trim());
            if (seconds.signum() < 0) {
                return Optional.empty();
            }
            return Optional.of(Duration.ofNanos(seconds.movePointRight(9).longValue()));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }

    /** For the log and the admins; never contains tokens or the user's data. */
    String describe() {
        String what = call.label() + " failed: ";
        return switch (kind) {
            case NOT_FOUND -> what + "404 not found";
            case THROTTLED -> what + "429 throttled" + retryAfter.map(d -> " (Retry-After " + d.toMillis() + " ms)")
                    .orElse("");
            case UNAUTHENTICATED -> what + "401 " + code.orElse("") + ": the credential was refused; check "
                    + "sspr.graph.tenant-id, client-id and the secret or certificate";
            case FORBIDDEN -> what + "403 " + code.orElse("") + ": grant the application permission "
                    + call.permission() + " and admin consent";
            case SERVER_ERROR -> what + status + " " + code.orElse("");
            case TIMEOUT -> what + "no answer within the check's budget";
            case NETWORK -> what + "network error";
        };
    }
}
