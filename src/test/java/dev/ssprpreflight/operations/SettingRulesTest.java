package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
                "https://passwordreset.microsoftonline.com/", "sspr.rate-limit.per-client.capacity", "30")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "sspr.check.timeout|PT0S|sspr.check.timeout=PT0S must be longer than zero",
            "sspr.attempt-log.retention|-P1D|sspr.attempt-log.retention=PT-24H must be longer than zero",
            "sspr.rate-limit.per-client.period|ten minutes|is not an ISO-8601 duration",
            "sspr.rate-limit.per-account.capacity|0|sspr.rate-limit.per-account.capacity=0 must be at least 1",
            "sspr.rate-limit.per-network.capacity|0|sspr.rate-limit.per-network.capacity=0 must be at least 1",
            "sspr.rate-limit.per-network.period|PT0S|must be longer than zero",
            "sspr.rate-limit.global.capacity|-1|sspr.rate-limit.global.capacity=-1 must be at least 1",
            "sspr.rate-limit.global.period|PT0S|must be longer than zero",
            "sspr.challenge.difficulty|40|must be between 1 and 32",
            "sspr.challenge.after|many|sspr.challenge.after=many is not a whole number",
            "sspr.portal.url|http://passwordreset.microsoftonline.com/|is not an https URL",
            "sspr.pacing.minimum-check-duration|-PT1S|must not be negative",
            "sspr.policy.methods-required|3|must be between 1 and 2",
            "sspr.policy.methods-required|0|must be between 1 and 2",
            "sspr.policy.enabled-group|SSPR users|is not a group object id",
            "sspr.tenant.protected-account-groups|6f1c9d2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f,Domain Admins|'Domain Admins'",
            "sspr.tenant.sync-late-after|PT0S|must be longer than zero",
            "sspr.health.database-check-interval|PT0S|must be longer than zero",
            "sspr.health.database-check-timeout|-PT2S|must be longer than zero",
            "sspr.graph.registration-feed.poll-every|PT0S|must be longer than zero",
            "sspr.graph.live-look-cache-for|-PT1M|must not be negative",
            "sspr.admin.funnel.window|PT0S|sspr.admin.funnel.window=PT0S must be longer than zero",
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
    void aFeedThatCouldNeverBeFreshIsRefused() {
        assertThat(SettingRules.problems(config(Map.of("sspr.graph.registration-feed.poll-every", "PT30S",
                "sspr.graph.registration-feed.fresh-for", "PT1M"))))
                .singleElement().asString().contains("sspr.graph.registration-feed.fresh-for=PT1M")
                .contains("two polls");
        assertThat(SettingRules.problems(config(Map.of("sspr.graph.registration-feed.poll-every", "PT5S",
                "sspr.graph.registration-feed.fresh-for", "PT1M")))).isEmpty();
    }

    @Test
    void acceptsGroupObjectIdsAndOneOrTwoMethods() {
        assertThat(SettingRules.problems(config(Map.of("sspr.policy.methods-required", "2",
                "sspr.policy.enabled-group", "3F2504E0-4F89-41D3-9A0C-0305E82C3301",
                "sspr.tenant.protected-account-groups",
                "6f1c9d2e-8a4b-4c3d-9e2f-1a2b3c4d5e6f, 0b7c2e4a-1d3f-4a5b-8c6d-7e8f9a0b1c2d")))).isEmpty();
    }

    @Test
    void aLateSyncWarningPastTheStaleLimitIsRefused() {
        assertThat(SettingRules.problems(
                config(Map.of("sspr.tenant.sync-late-after", "PT24H", "sspr.tenant.sync-stale-after", "PT12H"))))
                .singleElement().asString().contains("sspr.tenant.sync-late-after=PT24H")
                .contains("sspr.tenant.sync-stale-after=PT12H");
        assertThat(SettingRules.problems(config(Map.of("sspr.tenant.sync-stale-after", "PT2H"))))
                .as("against the default late warning of 3 h").singleElement().asString()
                .contains("sspr.tenant.sync-late-after=PT3H");
    }

    @Test
    void declaredGroupsMustFitOneMembershipCall() {
        String twenty = IntStream.range(0, 20)
                .mapToObj(i -> String.format("6f1c9d2e-8a4b-4c3d-9e2f-%012d", i))
                .collect(Collectors.joining(","));

        assertThat(SettingRules.problems(config(Map.of("sspr.tenant.protected-account-groups", twenty)))).isEmpty();
        assertThat(SettingRules.problems(config(Map.of("sspr.tenant.protected-account-groups", twenty,
                "sspr.policy.enabled-group", "3f2504e0-4f89-41d3-9a0c-0305e82c3301"))))
                .singleElement().asString().contains("21 groups").contains("at most 20");
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
