package dev.ssprpreflight.directory.graph;

import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;

import reactor.core.publisher.Mono;

/**
 * Keeps the access token, renews it in the background before it expires, and never lets a check wait
 * for a token longer than its budget.
 * <p>
 * The Graph SDK asks its credential for a token on every request, before the request and its deadline
 * exist for the HTTP client, so the check's deadline cannot reach azure-identity. Instead: the first
 * token is fetched at start ({@link GraphDirectory}); later ones are fetched on a thread of their own
 * while the current token is still good, so a check does not wait for a renewal at all. Only a check
 * that finds no usable token (the start-up fetch failed, or renewals kept failing until expiry) waits,
 * for the one shared fetch, at most {@code maxWait} and interruptibly, so that the preflight service can
 * still cut it off at the deadline. azure-identity's own cache was also measured missing for
 * non-Microsoft authority hosts, costing a token round trip per check; this makes reuse independent of it.
 */
final class CachedTokenCredential implements TokenCredential {

    /** Renew this long before expiry, in the background. */
    static final Duration RENEW_BEFORE = Duration.ofMinutes(5);
    /** A token closer to its expiry than this is not handed out: the request could outlive it. */
    static final Duration MIN_VALIDITY = Duration.ofSeconds(30);

    private final TokenCredential delegate;
    private final Duration maxWait;
    private final Executor fetcher;
    private final Map<List<String>, AccessToken> tokens = new ConcurrentHashMap<>();
    private final Map<List<String>, CompletableFuture<AccessToken>> fetches = new ConcurrentHashMap<>();

    /**
     * @param maxWait the longest a caller without a usable token waits for one: the check's budget
     * @param fetcher runs the token requests, off the checks' threads
     */
    CachedTokenCredential(TokenCredential delegate, Duration maxWait, Executor fetcher) {
        this.delegate = delegate;
        this.maxWait = maxWait;
        this.fetcher = fetcher;
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        if (request.getClaims() != null) {
            // A claims challenge (continuous access evaluation) needs a fresh token.
            return delegate.getTokenSync(request);
        }
        AccessToken cached = tokens.get(key(request));
        OffsetDateTime now = OffsetDateTime.now();
        if (cached != null && cached.getExpiresAt().isAfter(now.plus(MIN_VALIDITY))) {
            if (cached.getExpiresAt().isBefore(now.plus(RENEW_BEFORE))) {
                fetch(request);
            }
            return cached;
        }
        return await(fetch(request));
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request));
    }

    /** Starts a token request unless one for these scopes is running; either way, the running one. */
    CompletableFuture<AccessToken> fetch(TokenRequestContext request) {
        List<String> key = key(request);
        return fetches.compute(key, (k, running) -> {
            if (running != null && !running.isDone()) {
                return running;
            }
            // A renewal may have finished between the caller's look at the cache and this one.
            AccessToken fresh = tokens.get(k);
            if (fresh != null && fresh.getExpiresAt().isAfter(OffsetDateTime.now().plus(RENEW_BEFORE))) {
                return CompletableFuture.completedFuture(fresh);
            }
            return CompletableFuture.supplyAsync(() -> {
                AccessToken token = delegate.getTokenSync(request);
                tokens.put(k, token);
                return token;
            }, fetcher);
        });
    }

    private AccessToken await(CompletableFuture<AccessToken> fetch) {
        try {
            return fetch.get(maxWait.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw noToken("no Graph token within " + maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw noToken("interrupted while waiting for a Graph token");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("Graph token request failed", e.getCause());
        }
    }

    /** An {@link InterruptedIOException} inside: the adapter reads it as a timeout, like a slow Graph. */
    private static UncheckedIOException noToken(String why) {
        return new UncheckedIOException(new InterruptedIOException(why));
    }

    private static List<String> key(TokenRequestContext request) {
        return List.copyOf(request.getScopes());
    }
}
