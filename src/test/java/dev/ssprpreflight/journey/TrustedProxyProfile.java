package dev.ssprpreflight.journey;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The application behind a reverse proxy on this machine, with small limits: every test client is
 * 127.0.0.1, so tests tell clients apart by the address the "proxy" forwards, and each test uses
 * addresses of its own (each in a /24 of its own) so that buckets do not leak between tests. The challenge is off here, so
 * that the hard limits are reached directly ({@link ChallengeTest} covers it).
 */
public class TrustedProxyProfile implements QuarkusTestProfile {

    static final long PER_CLIENT = 3;
    static final long PER_ACCOUNT = 2;
    /** More than one client's limit, so that a network is refused only when several of its addresses are used. */
    static final long PER_NETWORK = 5;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(proxyOn("127.0.0.1,::1"));
        config.put("sspr.rate-limit.per-client.capacity", String.valueOf(PER_CLIENT));
        config.put("sspr.rate-limit.per-account.capacity", String.valueOf(PER_ACCOUNT));
        config.put("sspr.rate-limit.per-network.capacity", String.valueOf(PER_NETWORK));
        config.put("sspr.challenge.enabled", "false");
        return config;
    }

    static Map<String, String> proxyOn(String trustedProxies) {
        return Map.of(
                "quarkus.http.proxy.proxy-address-forwarding", "true",
                "quarkus.http.proxy.allow-x-forwarded", "true",
                "quarkus.http.proxy.trusted-proxies", trustedProxies);
    }
}
