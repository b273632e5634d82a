package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;

import reactor.core.publisher.Mono;

/**
 * Keeps the access token until shortly before it expires. The Graph SDK asks its credential for a
 * token on every request; azure-identity's own cache is keyed by the authority as MSAL sees it and was
 * measured missing for non-Microsoft authority hosts, costing a token round trip per check. This makes
 * the token's reuse independent of that.
 */
final class CachedTokenCredential implements TokenCredential {

    /** Renew this long before expiry, so that no request leaves with a token about to expire. */
    private static final Duration RENEW_BEFORE = Duration.ofMinutes(5);

    private final TokenCredential delegate;
    private final Map<List<String>, AccessToken> tokens = new ConcurrentHashMap<>();

    CachedTokenCredential(TokenCredential delegate) {
        this.delegate = delegate;
    }

    @Override
    public AccessToken getTokenSync(TokenRequestContext request) {
        if (request.getClaims() != null) {
            // A claims challenge (continuous access evaluation) needs a fresh token.
            return delegate.getTokenSync(request);
        }
        List<String> key = List.copyOf(request.getScopes());
        AccessToken cached = tokens.get(key);
        if (fresh(cached)) {
            return cached;
        }
        synchronized (this) {
            cached = tokens.get(key);
            if (fresh(cached)) {
                return cached;
            }
            AccessToken token = delegate.getTokenSync(request);
            tokens.put(key, token);
            return token;
        }
    }

    @Override
    public Mono<AccessToken> getToken(TokenRequestContext request) {
        return Mono.fromCallable(() -> getTokenSync(request));
    }

    private static boolean fresh(AccessToken token) {
        return token != null && token.getExpiresAt().isAfter(OffsetDateTime.now().plus(RENEW_BEFORE));
    }
}
