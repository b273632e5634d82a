package dev.ssprpreflight.check;

/**
 * The reset policy does not cover the user: SSPR is off, or the user is outside the one group it
 * is enabled for. The registration report's {@code isSsprEnabled} is the only per-user signal;
 * when the report does not know the user, this check stays silent.
 */
final class SsprNotEnabledCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.SSPR_NOT_ENABLED;
    }

    @Override
    public boolean blocks(CheckContext context) {
        return context.user().registration().report().map(report -> !report.ssprEnabled()).orElse(false);
    }
}
