package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientAddressTest {

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7,                  203.0.113.7",
            "2001:db8:1:2::1,              2001:db8:1:2:0:0:0:0/64",
            "2001:db8:1:2:ffff:ffff:ffff:ffff, 2001:db8:1:2:0:0:0:0/64",
            "[2001:db8:1:2::1],            2001:db8:1:2:0:0:0:0/64",
            "2001:db8:1:3::1,              2001:db8:1:3:0:0:0:0/64",
            "::ffff:203.0.113.7,           203.0.113.7",
            "unknown,                      unknown",
            "evil.example,                 evil.example",
    })
    void countsIpv4AddressesSinglyAndIpv6ByTheirSlash64(String address, String key) {
        assertThat(ClientAddress.bucketKeyOf(address)).isEqualTo(key);
    }

    @Test
    void keepsNonAddressesShort() {
        assertThat(ClientAddress.bucketKeyOf("x".repeat(500))).hasSize(64);
    }

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7,                  203.0.113.0/24",
            "203.0.113.250,                203.0.113.0/24",
            "::ffff:203.0.113.7,           203.0.113.0/24",
            "2001:db8:1:2::1,              2001:db8:1:0:0:0:0:0/48",
            "2001:db8:1:ffff:1:2:3:4,      2001:db8:1:0:0:0:0:0/48",
            "[2001:db8:1:2::1],            2001:db8:1:0:0:0:0:0/48",
            "2001:db8:2::1,                2001:db8:2:0:0:0:0:0/48",
    })
    void countsNetworksByTheirSlash24OrSlash48(String address, String key) {
        assertThat(ClientAddress.networkKeyOf(address)).hasValue(key);
    }

    @ParameterizedTest
    @CsvSource({ "unknown", "evil.example", "999.1.1.1" })
    void textThatIsNoAddressHasNoNetwork(String address) {
        assertThat(ClientAddress.networkKeyOf(address)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "203.0.113.7,              203.0.113.0",
            "2001:db8:1:2::1,          2001:db8:1:0:0:0:0:0",
            "[2001:db8:1:2::1],        2001:db8:1:0:0:0:0:0",
            "evil.example,             unparsed",
    })
    void logsShowOnlyTheNetwork(String address, String logged) {
        assertThat(ClientAddress.forLog(address)).isEqualTo(logged);
    }
}
