package dev.ssprpreflight.check;

/** How a preflight check ended. Only {@link #BLOCKED} keeps the user on our page. */
public enum Outcome {
    /** Nothing we can see stops reset: go to the portal. */
    READY,
    /** At least one reason stops reset: explain it. */
    BLOCKED,
    /** No such user. Treated like READY towards the user, so that accounts cannot be enumerated. */
    UNKNOWN_USER,
    /** Our own checks failed (directory down, throttled, too slow): go to the portal anyway. */
    CHECKS_UNAVAILABLE;

    /** Whether the user goes straight on to Microsoft's portal. */
    public boolean sendsToPortal() {
        return this != BLOCKED;
    }
}
