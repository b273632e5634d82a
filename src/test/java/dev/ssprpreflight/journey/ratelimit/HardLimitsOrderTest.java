package dev.ssprpreflight.journey.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The hard limits of one check, narrowest first: client, network, account, and the global ceiling last, so
 * that a refused client spends nothing of the wider limits. Small capacities, in memory.
 */
class HardLimitsOrderTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RateLimiter limiter = new RateLimiter(new MemoryBucketStore(1000, Duration.ofHours(1)),
            TestLimiters.config(Map.of("per-client.capacity", "2", "per-network.capacity", "3",
                    "per-account.capacity", "100", "global.capacity", "6")),
            registry);

    @Test
    void addressesOfOneNetworkShareItsLimit() {
        assertThat(check("198.51.100.1", "a@contoso.example")).isEmpty();
        assertThat(check("198.51.100.1", "b@contoso.example")).isEmpty();
        assertThat(check("198.51.100.2", "c@contoso.example")).isEmpty();

        assertThat(check("198.51.100.3", "d@contoso.example")).hasValue("network");
        assertThat(check("198.51.100.200", "e@contoso.example")).hasValue("network");
        assertThat(check("198.51.101.1", "f@contoso.example")).as("the next /24").isEmpty();
    }

    @Test
    void aClientRefusedByItsOwnLimitSpendsNothingOfTheGlobalCeiling() {
        for (int i = 0; i < 2; i++) {
            assertThat(check("192.0.2.1", "a" + i + "@contoso.example")).isEmpty();
        }
        for (int i = 0; i < 20; i++) {
            assertThat(check("192.0.2.1", "b" + i + "@contoso.example")).hasValue("client");
        }
        // Two of the ceiling's six spent; four more fit, from other networks.
        for (int i = 0; i < 4; i++) {
            assertThat(check("203.0." + i + ".9", "c" + i + "@contoso.example")).isEmpty();
        }

        assertThat(check("203.0.99.9", "d@contoso.example")).hasValue("global");
    }

    @Test
    void aNetworkRefusalSpendsNothingOfTheGlobalCeilingEither() {
        for (int i = 0; i < 3; i++) {
            check("198.51.100." + (i + 1), "a" + i + "@contoso.example");
        }
        for (int i = 0; i < 20; i++) {
            assertThat(check("198.51.100." + (i + 10), "b" + i + "@contoso.example")).hasValue("network");
        }

        for (int i = 0; i < 3; i++) {
            assertThat(check("203.0." + i + ".9", "c" + i + "@contoso.example")).isEmpty();
        }
        assertThat(check("203.0.99.9", "d@contoso.example")).hasValue("global");
    }

    @Test
    void aClientThatIsNoAddressIsCountedWithoutANetwork() {
        assertThat(limiter.takeForCheck("unknown", Optional.empty(), "a@contoso.example")).isEmpty();
        assertThat(limiter.takeForCheck("unknown", Optional.empty(), "b@contoso.example")).isEmpty();

        assertThat(limiter.takeForCheck("unknown", Optional.empty(), "c@contoso.example"))
                .map(RateLimiter.Refusal::limit).hasValue("client");
    }

    @Test
    void rejectionsAreCountedByKindOfLimitAndNeverByKey() {
        for (int i = 0; i < 4; i++) {
            check("198.51.100." + (i % 2 + 1), "a" + i + "@contoso.example");
        }

        assertThat(registry.get("sspr.rate.limit.rejections").tag("limit", "network").counter().count()).isEqualTo(1);
        assertThat(registry.getMeters()).flatMap(meter -> meter.getId().getTags())
                .allSatisfy(tag -> assertThat(tag.getValue()).doesNotContain("198.51", "@"));
        assertThat(registry.getMeters()).map(Meter::getId).map(Meter.Id::getName)
                .allSatisfy(name -> assertThat(name).doesNotContain("198.51"));
    }

    /** The kind of limit that refused a check from {@code address} (a whole IPv4 address), or empty. */
    private Optional<String> check(String address, String username) {
        String network = address.substring(0, address.lastIndexOf('.')) + ".0/24";
        return limiter.takeForCheck(address, Optional.of(network), username).map(RateLimiter.Refusal::limit);
    }
}
