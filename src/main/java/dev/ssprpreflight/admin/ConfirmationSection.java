package dev.ssprpreflight.admin;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * How registration blocks are confirmed within Graph's reports throttle: the registration feed, which confirms the
 * registration report from the audit log without a live look per user, and the reports budget that the mirror, the
 * feed, report rows and live looks share.
 *
 * @param verdict the feed decides; switched off (live looks alone); before its first read; or on but not fresh,
 *        so that registration blocks need live looks again, which the budget may not afford
 * @param feed the registration feed
 * @param budget the reports budget
 */
public record ConfirmationSection(HealthVerdict verdict, Feed feed, Budget budget) {

    /** A share of nothing: shown before any request was granted. */
    static final String NO_SHARE = "–";

    /** The consumers of the reports budget: the two background readers, then the two parts of a check. */
    static final List<String> CONSUMERS = List.of("mirror", "registration-feed", "report-row", "live-look");

    /**
     * @param enabled whether it runs; the fields below are null when it does not
     * @param setting {@code sspr.graph.registration-feed.enabled}, with what it means
     * @param fresh whether it decides now, as yes or no
     * @param coveredFrom the oldest time its events reach back to; null when none
     * @param lastCompleteRead its last complete read of the audit log; null before the first
     * @param events registration events it holds
     * @param lastFailure why its last read failed; null when it did not
     */
    public record Feed(boolean enabled, String setting, String fresh, ShownTime coveredFrom,
            ShownTime lastCompleteRead, String events, String lastFailure) {
    }

    /**
     * @param capacity requests per window
     * @param reservedForChecks requests of each window a refresh of the mirror leaves to the checks
     * @param mirrorFirstCopy whether the mirror's first copy is complete, with what that means
     * @param keeping shared by the replicas through the database, or kept by each replica
     * @param shared whether the replicas share it
     * @param ledgerFailures failed statements against the shared budget; shown only when shared
     * @param consumers requests granted and refused by consumer, with each one's share of the granted
     * @param total the same for all consumers together
     */
    public record Budget(String capacity, String reservedForChecks, String mirrorFirstCopy, String keeping,
            boolean shared, String ledgerFailures, List<ConsumerSlots> consumers, ConsumerSlots total) {
    }

    /**
     * @param consumer {@code mirror}, {@code registration-feed}, {@code report-row}, {@code live-look}, or another
     *        the adapter named
     * @param label what it is, in the page's language
     * @param granted requests granted since start
     * @param refused requests refused since start
     * @param share its share of all granted requests, as a percentage; {@link #NO_SHARE} before any was granted
     */
    public record ConsumerSlots(String consumer, String label, String granted, String refused, String share) {
    }

    static ConfirmationSection of(DirectoryStatus.Confirmation confirmation, Instant now, HealthMessages msg,
            AdminMessages console, LocaleFormats formats, UiLanguage language) {
        DirectoryStatus.Feed feed = confirmation.feed();
        return new ConfirmationSection(verdict(confirmation, now, msg, console, formats),
                feed(feed, msg, console, formats), budget(confirmation, msg, console, formats, language));
    }

    private static HealthVerdict verdict(DirectoryStatus.Confirmation confirmation, Instant now, HealthMessages msg,
            AdminMessages console, LocaleFormats formats) {
        DirectoryStatus.Feed feed = confirmation.feed();
        if (!feed.enabled()) {
            return HealthVerdict.of(HealthStatus.OK, msg.healthConfirmationOff(), msg);
        }
        if (feed.fresh()) {
            String age = feed.lastCompleteReadAt().map(at -> age(at, now, console, formats))
                    .orElseGet(() -> ConsoleTexts.duration(Duration.ZERO, console, formats));
            return HealthVerdict.of(HealthStatus.OK, msg.healthConfirmationFresh(age), msg);
        }
        if (feed.lastFailure().isPresent()) {
            return HealthVerdict.of(HealthStatus.PROBLEM, msg.healthConfirmationFailing(), msg);
        }
        if (feed.lastCompleteReadAt().isEmpty()) {
            return HealthVerdict.of(HealthStatus.PENDING, confirmation.mirrorFirstOver() ? msg.healthConfirmationFirstRead()
                    : msg.healthConfirmationWaitsForMirror(), msg);
        }
        return HealthVerdict.of(HealthStatus.PROBLEM,
                msg.healthConfirmationStale(age(feed.lastCompleteReadAt().get(), now, console, formats)), msg);
    }

    private static Feed feed(DirectoryStatus.Feed feed, HealthMessages msg, AdminMessages console,
            LocaleFormats formats) {
        if (!feed.enabled()) {
            return new Feed(false, msg.healthFeedOff(), null, null, null, null, null);
        }
        return new Feed(true, msg.healthFeedOn(), feed.fresh() ? console.yes() : console.no(),
                feed.coveredFrom().map(at -> ShownTime.of(at, formats)).orElse(null),
                feed.lastCompleteReadAt().map(at -> ShownTime.of(at, formats)).orElse(null),
                formats.number(feed.events()), feed.lastFailure().orElse(null));
    }

    private static Budget budget(DirectoryStatus.Confirmation confirmation, HealthMessages msg, AdminMessages console,
            LocaleFormats formats, UiLanguage language) {
        List<String> consumers = new ArrayList<>(CONSUMERS);
        confirmation.granted().keySet().stream().filter(consumer -> !consumers.contains(consumer)).sorted()
                .forEach(consumers::add);
        confirmation.refused().keySet().stream().filter(consumer -> !consumers.contains(consumer)).sorted()
                .forEach(consumers::add);
        long granted = confirmation.granted().values().stream().mapToLong(Long::longValue).sum();
        long refused = confirmation.refused().values().stream().mapToLong(Long::longValue).sum();
        List<ConsumerSlots> rows = consumers.stream()
                .map(consumer -> slots(consumer, label(consumer, msg), confirmation.granted().getOrDefault(consumer, 0L),
                        confirmation.refused().getOrDefault(consumer, 0L), granted, formats, language))
                .toList();
        ConsumerSlots total = slots("all", msg.healthConsumersAll(), granted, refused, granted, formats, language);
        return new Budget(formats.number(confirmation.capacity()), formats.number(confirmation.reservedForChecks()),
                confirmation.mirrorFirstOver() ? msg.healthBudgetMirrorFirstOver() : msg.healthBudgetMirrorFirstRunning(),
                confirmation.shared() ? msg.healthBudgetShared() : msg.healthBudgetPerReplica(), confirmation.shared(),
                formats.number(confirmation.ledgerFailures()), rows, total);
    }

    private static ConsumerSlots slots(String consumer, String label, long granted, long refused, long allGranted,
            LocaleFormats formats, UiLanguage language) {
        String share = allGranted == 0 ? NO_SHARE : ConsoleTexts.percent(granted, allGranted, language);
        return new ConsumerSlots(consumer, label, formats.number(granted), formats.number(refused), share);
    }

    private static String label(String consumer, HealthMessages msg) {
        return switch (consumer) {
            case "mirror" -> msg.healthConsumerMirror();
            case "registration-feed" -> msg.healthConsumerFeed();
            case "report-row" -> msg.healthConsumerReportRow();
            case "live-look" -> msg.healthConsumerLiveLook();
            default -> msg.healthConsumerOther();
        };
    }

    private static String age(Instant at, Instant now, AdminMessages console, LocaleFormats formats) {
        return ConsoleTexts.duration(Duration.between(at, now), console, formats);
    }
}
