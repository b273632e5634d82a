package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.admin.AdminConfig;
import io.quarkus.runtime.LaunchMode;

class DemoSignInTest {

    @Test
    void cannotBeSwitchedOnInProduction() {
        assertThatThrownBy(() -> new DemoSignIn(config(true), LaunchMode.NORMAL))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sspr.admin.demo-sign-in.enabled");
    }

    @Test
    void acceptsOnlyItsOwnGeneratedPassword() {
        DemoSignIn demo = new DemoSignIn(config(true), LaunchMode.DEVELOPMENT);

        assertThat(demo.accepts(DemoSignIn.USERNAME, demo.password().toCharArray())).isTrue();
        assertThat(demo.accepts(DemoSignIn.USERNAME, "wrong".toCharArray())).isFalse();
        assertThat(demo.accepts("someone", demo.password().toCharArray())).isFalse();
        assertThat(new DemoSignIn(config(true), LaunchMode.DEVELOPMENT).password()).isNotEqualTo(demo.password());
    }

    @Test
    void acceptsNothingWhenSwitchedOff() {
        DemoSignIn demo = new DemoSignIn(config(false), LaunchMode.NORMAL);

        assertThat(demo.enabled()).isFalse();
        assertThat(demo.accepts(DemoSignIn.USERNAME, demo.password().toCharArray())).isFalse();
    }

    private static AdminConfig config(boolean enabled) {
        return new AdminConfig() {
            @Override
            public String role() {
                return "SsprPreflight.Admin";
            }

            @Override
            public String signIn() {
                return "form";
            }

            @Override
            public Optional<String> tenantId() {
                return Optional.empty();
            }

            @Override
            public int pageSize() {
                return 50;
            }

            @Override
            public DemoSignIn demoSignIn() {
                return () -> enabled;
            }

            @Override
            public FunnelSettings funnel() {
                return () -> Duration.ofHours(1);
            }
        };
    }
}
