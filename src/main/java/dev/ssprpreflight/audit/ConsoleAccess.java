package dev.ssprpreflight.audit;

import java.time.Instant;

/** One thing a signed-in admin looked at or did in the console: a row of {@code console_access}. */
public class ConsoleAccess {
    public Long id;
    public Instant occurredAt;

    /** Who: the signed-in admin's name. */
    public String actor;

    /** What: viewed a list, exported, opened an attempt, checked again. */
    public String action;

    /** Which: the filter, the reference code. Never a token or secret. */
    public String detail;
}
