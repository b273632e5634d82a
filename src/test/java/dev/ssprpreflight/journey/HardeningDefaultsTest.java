package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.journey.challenge.ChallengeConfig;
import dev.ssprpreflight.journey.ratelimit.RateLimitConfig;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Every protection is on when nothing is configured (the test profile raises some limits, so the
 * defaults are checked here, from the mappings alone).
 */
class HardeningDefaultsTest {

    private static final SmallRyeConfig NOTHING_CONFIGURED = new SmallRyeConfigBuilder()
            .withMapping(RateLimitConfig.class).withMapping(ChallengeConfig.class).withMapping(PacingConfig.class)
            .withMapping(SecurityHeadersConfig.class).build();

    @Test
    void rateLimitsAreOnInMemory() {
        RateLimitConfig limits = NOTHING_CONFIGURED.getConfigMapping(RateLimitConfig.class);

        assertThat(limits.enabled()).isTrue();
        assertThat(limits.store()).isEqualTo(RateLimitConfig.Store.MEMORY);
        assertThat(limits.perClient().capacity()).isEqualTo(30);
        assertThat(limits.perClient().period()).isEqualTo(Duration.ofMinutes(10));
        assertThat(limits.perAccount().capacity()).isEqualTo(10);
        assertThat(limits.perAccount().period()).isEqualTo(Duration.ofHours(1));
        assertThat(limits.perNetwork().capacity()).isEqualTo(120);
        assertThat(limits.perNetwork().period()).isEqualTo(Duration.ofMinutes(10));
        assertThat(limits.global().capacity()).isEqualTo(600);
        assertThat(limits.global().period()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theChallengeIsOnAfterFiveChecks() {
        ChallengeConfig challenge = NOTHING_CONFIGURED.getConfigMapping(ChallengeConfig.class);

        assertThat(challenge.enabled()).isTrue();
        assertThat(challenge.after()).isEqualTo(5);
        assertThat(challenge.difficulty()).isEqualTo(18);
        assertThat(challenge.validFor()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void checksTakeTheirWholeBudgetAndHstsIsOn() {
        assertThat(NOTHING_CONFIGURED.getConfigMapping(PacingConfig.class).minimumCheckDuration())
                .as("no floor of its own: CheckPacing takes the check's budget").isEmpty();
        SecurityHeadersConfig headers = NOTHING_CONFIGURED.getConfigMapping(SecurityHeadersConfig.class);
        assertThat(headers.hsts()).isTrue();
        assertThat(headers.hstsMaxAge()).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void forwardedHeadersWithoutTrustedProxiesStopTheStart() {
        ProxyTrustCheck check = new ProxyTrustCheck();

        assertThatIllegalStateException().isThrownBy(() -> check.verify(null, true, Optional.empty()))
                .withMessageContaining("quarkus.http.proxy.trusted-proxies");
        assertThatIllegalStateException().isThrownBy(() -> check.verify(null, true, Optional.of(List.of())));
        assertThatNoException().isThrownBy(() -> check.verify(null, true, Optional.of(List.of("10.0.0.0/8"))));
        assertThatNoException().isThrownBy(() -> check.verify(null, false, Optional.empty()));
    }

    @Test
    void theCspNamesOnlyOriginsOfAbsoluteWebUrls() {
        assertThat(SecurityHeaders.origin("https://passwordreset.microsoftonline.com/?whr=contoso.com"))
                .contains("https://passwordreset.microsoftonline.com");
        assertThat(SecurityHeaders.origin("https://cdn.contoso.example:8443/logo.png"))
                .contains("https://cdn.contoso.example:8443");
        assertThat(SecurityHeaders.origin("/img/logo.png")).isEmpty();
        assertThat(SecurityHeaders.origin("javascript:alert(1)")).isEmpty();
    }
}
