package dev.ssprpreflight.admin;

import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * The registration report's {@code isAdmin}, a second signal beside the roles read for each user: how often the
 * two disagreed. Never a rule's ground (the report lags and counts every admin role), but many disagreements
 * point at roles that cannot be read.
 *
 * @param verdict agreed every time, or how often not
 * @param disagreements users since start, written in the page's language
 */
public record AdminSignalSection(HealthVerdict verdict, String disagreements) {

    static AdminSignalSection of(DirectoryStatus.Remote seen, HealthMessages msg, LocaleFormats formats) {
        String count = formats.number(seen.adminSignalDisagreements());
        HealthVerdict verdict = seen.adminSignalDisagreements() == 0
                ? HealthVerdict.of(HealthStatus.OK, msg.healthAdminSignalAgrees(), msg)
                : HealthVerdict.of(HealthStatus.WARNING, msg.healthAdminSignalDisagrees(count), msg);
        return new AdminSignalSection(verdict, count);
    }
}
