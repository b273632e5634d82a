package dev.ssprpreflight.check;

/**
 * What Entra's audit log says about a user's security-info registrations since their row in the registration report
 * was last updated: the report lags by hours, the audit log by minutes, so the pair tells whether the report's row
 * still stands without a live look at the user's methods.
 */
public enum RegistrationActivity {

    /** The audit feed cannot say: not read lately, or it does not reach back to the report row's time. */
    UNKNOWN,

    /** The feed reaches back past the report row's time and holds no registration event of the user since. */
    NONE_SINCE_REPORT,

    /** The user (or an admin for them) changed their security info after the report row was made. */
    SINCE_REPORT
}
