package dev.ssprpreflight.journey;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The challenge after one check per client, behind a trusted proxy so that each test is a client of
 * its own. A low difficulty keeps the tests fast; the work is the same at any difficulty.
 */
public class ChallengeProfile implements QuarkusTestProfile {

    static final int DIFFICULTY = 10;

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(TrustedProxyProfile.proxyOn("127.0.0.1,::1"));
        config.put("sspr.challenge.enabled", "true");
        config.put("sspr.challenge.after", "1");
        config.put("sspr.challenge.period", "PT1H");
        config.put("sspr.challenge.difficulty", String.valueOf(DIFFICULTY));
        config.put("sspr.challenge.valid-for", "PT2M");
        return config;
    }
}
