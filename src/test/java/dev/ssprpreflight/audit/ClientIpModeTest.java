package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ClientIpModeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "FULL      | 203.0.113.77                  | 203.0.113.77",
            "TRUNCATED | 203.0.113.77                  | 203.0.113.0",
            "TRUNCATED | 2001:db8:85a3:1234:5678::7334 | 2001:db8:85a3:0:0:0:0:0",
            "FULL      | 2001:db8:85a3:1234:5678::7334 | 2001:db8:85a3:1234:5678:0:0:7334",
    })
    void keepsAsMuchOfTheAddressAsConfigured(ClientIpMode mode, String address, String kept) {
        assertThat(mode.apply(address)).contains(kept);
    }

    @ParameterizedTest
    @ValueSource(strings = { "203.0.113.77", "::1" })
    void keepsNothingWhenToldSo(String address) {
        assertThat(ClientIpMode.NONE.apply(address)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "localhost", "999.1.1.1", "example.com", "1.2.3" })
    void ignoresWhatIsNotAnIpLiteral(String address) {
        assertThat(ClientIpMode.FULL.apply(address)).isEmpty();
    }
}
