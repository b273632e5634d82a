package dev.ssprpreflight.journey;

import java.util.HashMap;
import java.util.Map;

import dev.ssprpreflight.testsupport.PostgresProfile;

/** Several replicas' setting: the buckets in the attempt log's PostgreSQL database, behind a trusted proxy. */
public class PostgresRateLimitProfile extends PostgresProfile {

    static final long PER_CLIENT = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.putAll(TrustedProxyProfile.proxyOn("127.0.0.1,::1"));
        config.put("sspr.rate-limit.store", "database");
        config.put("sspr.rate-limit.per-client.capacity", String.valueOf(PER_CLIENT));
        config.put("sspr.rate-limit.per-client.period", "PT1H");
        return config;
    }
}
