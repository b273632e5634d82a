package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

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

    @org.junit.jupiter.api.Test
    void keepsNonAddressesShort() {
        assertThat(ClientAddress.bucketKeyOf("x".repeat(500))).hasSize(64);
    }
}
