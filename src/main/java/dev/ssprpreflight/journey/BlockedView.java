package dev.ssprpreflight.journey;

import java.util.List;

/**
 * The explanation page for a blocked user.
 *
 * @param frame branding and language
 * @param reasons every blocking reason, in catalogue order
 * @param referenceCode the attempt's code for the help desk
 * @param portalUrl Microsoft's reset page for this user, for those who want to try anyway
 */
public record BlockedView(PageFrame frame, List<ReasonText> reasons, String referenceCode, String portalUrl) {

    /** Whether a reason shows a time to try again, which {@code /js/retry-time.js} puts into the reader's time zone. */
    public boolean showsRetryTime() {
        return reasons.stream().anyMatch(reason -> reason.retry().isPresent());
    }
}
