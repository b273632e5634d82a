package dev.ssprpreflight.journey;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Forwarded headers honoured only from a proxy that is not the test client (192.0.2.1, a documentation address). */
public class UntrustedProxyProfile implements QuarkusTestProfile {

    static final long PER_CLIENT = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TrustedProxyProfile.proxyOn("192.0.2.1"));
        config.put("sspr.rate-limit.per-client.capacity", String.valueOf(PER_CLIENT));
        config.put("sspr.challenge.enabled", "false");
        return config;
    }
}
