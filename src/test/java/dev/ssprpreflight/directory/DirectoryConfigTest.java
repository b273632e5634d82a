package dev.ssprpreflight.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** {@code sspr.directory}, read once: the demo unless graph is named; anything else stops the start and says why. */
class DirectoryConfigTest {

    private static SmallRyeConfig with(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withMapping(DirectoryConfig.class)
                .withSources(new PropertiesConfigSource(values, "test", 500)).build();
    }

    @Test
    void theDemoUnlessGraphIsNamed() {
        assertThat(with(Map.of()).getConfigMapping(DirectoryConfig.class).adapter())
                .isEqualTo(DirectoryConfig.Adapter.DEMO);
        assertThat(with(Map.of("sspr.directory", "graph")).getConfigMapping(DirectoryConfig.class).adapter().id())
                .isEqualTo("graph");
    }

    @Test
    void anUnknownAdapterNamesTheKeyAndTheValuesAllowed() {
        assertThatThrownBy(() -> with(Map.of("sspr.directory", "ldap"))).hasMessageContaining("sspr.directory")
                .hasMessageContaining("ldap").hasMessageContaining("demo").hasMessageContaining("graph");
    }
}
