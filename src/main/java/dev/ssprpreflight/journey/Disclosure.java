package dev.ssprpreflight.journey;

/** How much the explanation page says about reasons that only apply to administrators. */
public enum Disclosure {
    /** Every reason as it is: right where knowing who is an administrator is no secret. */
    FULL,
    /**
     * Administrator-only reasons become one neutral "your IT support must reset it" reason, so the
     * page cannot be used to find out which accounts are privileged. The attempt log keeps the real
     * reasons for the help desk.
     */
    DISCREET
}
