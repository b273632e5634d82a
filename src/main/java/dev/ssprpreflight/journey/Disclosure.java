package dev.ssprpreflight.journey;

/** How much the explanation page says about reasons that tell a stranger something sensitive about an account. */
public enum Disclosure {
    /** Every reason as it is: right where the page is only reachable by the organisation's own people. */
    FULL,
    /**
     * A verdict with any sensitive reason ({@code Reason#revealsSensitiveState()}: administrator, protected,
     * disabled or guest account) shows one neutral "your IT support must reset it" page and nothing else,
     * identical for all of them, so the page cannot sort accounts into privileged, dormant or external. The
     * attempt log keeps the real reasons for the help desk.
     */
    DISCREET
}
