package dev.ssprpreflight.operations;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.eclipse.microprofile.config.Config;

import dev.ssprpreflight.directory.PolicyConfig;

/**
 * The value rules of {@code sspr.*} keys that their types alone do not enforce: a zero period, a
 * negative capacity or an http portal would start fine and fail users later. Each problem names the
 * key, the value and the fix. Cross-key and credential rules stay with the feature that owns them
 * (GraphCredentialFactory, BucketStoreProducer, ProofOfWork, ProxyTrustCheck, DemoSignIn).
 */
final class SettingRules {

    private static final Pattern GUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private SettingRules() {
    }

    /** Every problem found in this configuration; empty when it is fine. */
    static List<String> problems(Config config) {
        List<String> problems = new ArrayList<>();
        positive(config, problems, "sspr.check.timeout", "the time one check may take, e.g. PT3S");
        positive(config, problems, "sspr.rate-limit.per-client.period", "e.g. PT10M");
        positive(config, problems, "sspr.rate-limit.per-network.period", "e.g. PT10M");
        positive(config, problems, "sspr.rate-limit.per-account.period", "e.g. PT1H");
        positive(config, problems, "sspr.rate-limit.global.period", "e.g. PT1M");
        positive(config, problems, "sspr.rate-limit.purge-every", "e.g. PT10M");
        positive(config, problems, "sspr.challenge.period", "e.g. PT10M");
        positive(config, problems, "sspr.challenge.valid-for", "e.g. PT5M");
        positive(config, problems, "sspr.attempt-log.retention", "how long attempts are kept, e.g. P90D");
        positive(config, problems, "sspr.tenant.sync-stale-after", "e.g. PT24H, longer than your sync cycle");
        positive(config, problems, "sspr.tenant.sync-late-after", "e.g. PT3H, shorter than sspr.tenant.sync-stale-after");
        syncLateBeforeStale(config, problems);
        between(config, problems, "sspr.policy.methods-required", 1, 2,
                "the policy's \"Number of methods required to reset\", 1 or 2");
        groupIds(config, problems, "sspr.policy.enabled-group", "the object id of the group SSPR is enabled for");
        groupIds(config, problems, "sspr.tenant.protected-account-groups",
                "object ids of synced groups that mirror AD protected groups, comma-separated");
        declaredGroupsFitOneMembershipCall(config, problems);
        positive(config, problems, "sspr.health.mirror-max-age", "e.g. PT2H, several times the mirror's refresh");
        positive(config, problems, "sspr.health.database-check-interval", "e.g. PT10S");
        positive(config, problems, "sspr.health.database-check-timeout", "e.g. PT2S");
        positive(config, problems, "sspr.scan.every", "how often the scheduled scan runs, e.g. P1D");
        positive(config, problems, "sspr.scan.check-every", "e.g. PT5M");
        positive(config, problems, "sspr.scan.lease-duration", "longer than the slowest Graph page, e.g. PT5M");
        positive(config, problems, "sspr.scan.keep-for", "how long scans are kept, e.g. P180D");
        notNegative(config, problems, "sspr.demo.scan-page-pause", "e.g. PT1S, or PT0S for no pause");
        notNegative(config, problems, "sspr.pacing.minimum-check-duration", "e.g. PT1S, or PT0S for no floor");
        notNegative(config, problems, "sspr.health.graph-probe-interval", "e.g. PT30S");
        positive(config, problems, "sspr.health.graph-probe-timeout", "e.g. PT5S");
        notNegative(config, problems, "sspr.health.graph-probe-wait",
                "e.g. PT0.5S, below the readiness probe's timeout (Kubernetes: 1 s)");
        notNegative(config, problems, "sspr.security-headers.hsts-max-age", "e.g. P365D");
        atLeast(config, problems, "sspr.rate-limit.per-client.capacity", 1, "checks per client, e.g. 30");
        atLeast(config, problems, "sspr.rate-limit.per-network.capacity", 1, "checks per /24 or /48, e.g. 120");
        atLeast(config, problems, "sspr.rate-limit.per-account.capacity", 1, "checks per username, e.g. 10");
        atLeast(config, problems, "sspr.rate-limit.global.capacity", 1, "checks from all clients, e.g. 600");
        atLeast(config, problems, "sspr.rate-limit.memory-max-entries", 1, "e.g. 100000");
        atLeast(config, problems, "sspr.challenge.after", 1, "checks before a challenge, e.g. 5");
        between(config, problems, "sspr.challenge.difficulty", 1, 32, "leading zero bits, e.g. 18");
        atLeast(config, problems, "sspr.admin.page-size", 1, "rows per console page, e.g. 50");
        positive(config, problems, "sspr.admin.funnel.window", "how long after a verdict Entra's events count, e.g. PT1H");
        https(config, problems, "sspr.portal.url", "Microsoft's portal, https://passwordreset.microsoftonline.com/");
        positive(config, problems, "sspr.graph.registration-feed.poll-every", "e.g. PT5S");
        positive(config, problems, "sspr.graph.registration-feed.look-back", "e.g. P1D, longer than the report's lag");
        positive(config, problems, "sspr.graph.registration-feed.fresh-for", "e.g. PT1M");
        notNegative(config, problems, "sspr.graph.registration-feed.report-margin", "e.g. PT1H");
        notNegative(config, problems, "sspr.graph.live-look-cache-for", "e.g. PT1M, or PT0S to look every time");
        feedFreshForTwoPolls(config, problems);
        pacingWithinBudget(config, problems);
        return problems;
    }

    private static void positive(Config config, List<String> problems, String key, String example) {
        duration(config, problems, key).filter(value -> value.isZero() || value.isNegative())
                .ifPresent(value -> problems.add(key + "=" + value + " must be longer than zero: set " + example));
    }

    private static void notNegative(Config config, List<String> problems, String key, String example) {
        duration(config, problems, key).filter(Duration::isNegative)
                .ifPresent(value -> problems.add(key + "=" + value + " must not be negative: set " + example));
    }

    private static void atLeast(Config config, List<String> problems, String key, long minimum, String example) {
        number(config, problems, key).filter(value -> value < minimum).ifPresent(
                value -> problems.add(key + "=" + value + " must be at least " + minimum + ": set " + example));
    }

    private static void between(Config config, List<String> problems, String key, long min, long max, String example) {
        number(config, problems, key).filter(value -> value < min || value > max).ifPresent(value -> problems
                .add(key + "=" + value + " must be between " + min + " and " + max + ": set " + example));
    }

    private static void https(Config config, List<String> problems, String key, String example) {
        config.getOptionalValue(key, String.class).ifPresent(value -> {
            URI uri = parse(value, URI::create);
            if (uri == null || !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                problems.add(key + "=" + value + " is not an https URL: set " + example);
            }
        });
    }

    /**
     * The feed reads its two audit services in turn, one per poll: with fresh-for shorter than two polls it could
     * never be fresh, and every registration block would need a live look again.
     */
    private static void feedFreshForTwoPolls(Config config, List<String> problems) {
        Optional<Duration> poll = duration(config, new ArrayList<>(), "sspr.graph.registration-feed.poll-every");
        Optional<Duration> fresh = duration(config, new ArrayList<>(), "sspr.graph.registration-feed.fresh-for");
        if (poll.isPresent() && fresh.isPresent() && fresh.get().compareTo(poll.get().multipliedBy(2)) <= 0) {
            problems.add("sspr.graph.registration-feed.fresh-for=" + fresh.get()
                    + " must be longer than two polls (sspr.graph.registration-feed.poll-every=" + poll.get()
                    + "): the feed reads its two audit services in turn; set e.g. " + poll.get().multipliedBy(12));
        }
    }

    /** A floor above the budget would make every check wait for a verdict that already gave up. */
    private static void pacingWithinBudget(Config config, List<String> problems) {
        Optional<Duration> floor = duration(config, new ArrayList<>(), "sspr.pacing.minimum-check-duration");
        Optional<Duration> budget = duration(config, new ArrayList<>(), "sspr.check.timeout");
        if (floor.isPresent() && budget.isPresent() && floor.get().compareTo(budget.get()) > 0) {
            problems.add("sspr.pacing.minimum-check-duration=" + floor.get() + " is longer than sspr.check.timeout="
                    + budget.get() + ": set the floor at or below the check's budget");
        }
    }

    /** SYNC_LATE warns before SYNC_STALE blocks; the other way round it would never show. */
    private static void syncLateBeforeStale(Config config, List<String> problems) {
        Duration late = duration(config, new ArrayList<>(), "sspr.tenant.sync-late-after").orElse(Duration.ofHours(3));
        Duration stale = duration(config, new ArrayList<>(), "sspr.tenant.sync-stale-after").orElse(Duration.ofHours(24));
        if (late.compareTo(stale) >= 0) {
            problems.add("sspr.tenant.sync-late-after=" + late + " is not shorter than sspr.tenant.sync-stale-after="
                    + stale + ": set the late warning below the stale limit, e.g. PT3H and PT24H");
        }
    }

    /** Group object ids are GUIDs; a display name here would silently match nobody. */
    private static void groupIds(Config config, List<String> problems, String key, String example) {
        config.getOptionalValue(key, String.class).ifPresent(value -> {
            for (String id : value.split(",")) {
                if (!GUID.matcher(id.trim()).matches()) {
                    problems.add(key + "=" + value + " holds '" + id.trim() + "', which is not a group object id: set "
                            + example);
                }
            }
        });
    }

    /** The groups' memberships are asked in one call per check: see {@link PolicyConfig#MAX_DECLARED_GROUPS}. */
    private static void declaredGroupsFitOneMembershipCall(Config config, List<String> problems) {
        long groups = config.getOptionalValue("sspr.tenant.protected-account-groups", String.class)
                .map(value -> Arrays.stream(value.split(",")).filter(id -> !id.isBlank()).count()).orElse(0L)
                + config.getOptionalValue("sspr.policy.enabled-group", String.class).map(value -> 1L).orElse(0L);
        if (groups > PolicyConfig.MAX_DECLARED_GROUPS) {
            problems.add("sspr.tenant.protected-account-groups and sspr.policy.enabled-group name " + groups
                    + " groups together; Graph checks at most " + PolicyConfig.MAX_DECLARED_GROUPS
                    + " per call: declare at most " + PolicyConfig.MAX_DECLARED_GROUPS
                    + " (a group that nests the protected groups counts as one)");
        }
    }

    private static Optional<Duration> duration(Config config, List<String> problems, String key) {
        return config.getOptionalValue(key, String.class).map(value -> {
            Duration parsed = parse(value, Duration::parse);
            if (parsed == null) {
                problems.add(key + "=" + value + " is not an ISO-8601 duration: write it like PT30S, PT10M or P90D");
            }
            return parsed;
        });
    }

    private static Optional<Long> number(Config config, List<String> problems, String key) {
        return config.getOptionalValue(key, String.class).map(value -> {
            Long parsed = parse(value.trim(), Long::valueOf);
            if (parsed == null) {
                problems.add(key + "=" + value + " is not a whole number: write digits only, e.g. 10");
            }
            return parsed;
        });
    }

    private static <T> T parse(String value, Function<String, T> parser) {
        try {
            return parser.apply(value.trim());
        } catch (RuntimeException e) {
            return null;
        }
    }
}
