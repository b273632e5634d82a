package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class SettingRulesTest {

    @Test
    void theShippedDefaultsPass() {
        assertThat(SettingRules.problems(config(Map.of("sspr.check.timeout", "PT3S", "sspr.portal.url",
                "https://passwordreset.microsoftonline.com/", "sspr.rate-limit.per-client.capacity", "30",
                "sspr.pacing.minimum-check-duration", "PT1S")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sspr.check.timeout|PT0S|sspr.check.timeout=PT0S must be longer than zero",
            "sspr.attempt-log.retention|-P1D|sspr.attempt-log.retention=PT-24H must be longer than zero",
            "sspr.rate-limit.per-client.period|ten minutes|is not an ISO-8601 duration",
            "sspr.rate-limit.per-account.capacity|0|sspr.rate-limit.per-account.capacity=0 must be at least 1",
            "sspr.challenge.difficulty|40|must be between 1 and 32",
            "sspr.challenge.after|many|sspr.challenge.after=many is not a whole number",
            "sspr.portal.url|http://passwordreset.microsoftonline.com/|is not an https URL",
            "sspr.pacing.minimum-check-duration|-PT1S|must not be negative",
    })
    void namesTheKeyTheValueAndTheFix(String key, String value, String expected) {
        assertThat(SettingRules.problems(config(Map.of(key, value))))
                .singleElement().asString().contains(expected).contains(key).contains(": ");
    }

    @Test
    void aPacingFloorAboveTheBudgetIsRefused() {
        assertThat(SettingRules.problems(
                config(Map.of("sspr.check.timeout", "PT2S", "sspr.pacing.minimum-check-duration", "PT5S"))))
                .singleElement().asString().contains("sspr.pacing.minimum-check-duration=PT5S")
                .contains("sspr.check.timeout=PT2S");
    }

    @Test
    void listsEveryProblemAtOnce() {
        assertThat(SettingRules.problems(config(Map.of("sspr.check.timeout", "PT0S", "sspr.challenge.after", "0"))))
                .hasSize(2);
    }

    private static SmallRyeConfig config(Map<String, String> values) {
        return new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(values, "test", 100)).build();
    }
}
