package dev.ssprpreflight.check;

/**
 * A stable code for one thing that stops self-service password reset from working for a user
 * ({@link Tier#BLOCK}), or that admins should fix although reset works ({@link Tier#FINDING}).
 * <p>
 * The codes are a public contract: the explanation page marks each block with
 * {@code data-reason="<CODE>"}, the attempt log and the scans store them, and admins filter by them.
 * Never rename one; add a new one instead. A code whose rule turned out wrong is {@link #retired()}:
 * no check raises it any more, but attempts and scans recorded with it keep their meaning.
 * <p>
 * The order is the catalogue's: blocks first, then findings, then retired codes.
 */
public enum Reason {

    WRITEBACK_NOT_ENABLED(Tier.BLOCK, "entra/identity/authentication/tutorial-enable-sspr-writeback"),
    LICENSE_MISSING(Tier.BLOCK, "entra/identity/authentication/concept-sspr-licensing"),
    SYNC_STALE(Tier.BLOCK, "entra/identity/authentication/troubleshoot-sspr-writeback#confirm-network-connectivity"),
    METHODS_NOT_REGISTERED(Tier.BLOCK, DocLink.absolute("https://mysignins.microsoft.com/security-info")),
    ONPREM_PROTECTED_ACCOUNT(Tier.BLOCK, "entra/identity/authentication/concept-sspr-writeback"),
    ADMIN_NEEDS_TWO_METHODS(Tier.BLOCK,
            "entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences"),
    ADMIN_SSPR_DISABLED(Tier.BLOCK,
            "entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences"),
    ACCOUNT_DISABLED(Tier.BLOCK, "entra/identity/authentication/troubleshoot-sspr"),
    SSPR_NOT_ENABLED(Tier.BLOCK, "entra/identity/authentication/troubleshoot-sspr#sspr-errors-that-a-user-might-see"),
    GUEST_ACCOUNT(Tier.BLOCK, "entra/identity/authentication/concept-sspr-howitworks#password-reset-for-b2b-users"),

    LICENSE_NOT_ASSIGNED(Tier.FINDING, "entra/identity/authentication/concept-sspr-licensing"),
    PROVISIONING_ERRORS(Tier.FINDING,
            "entra/identity/hybrid/connect/how-to-connect-syncservice-duplicate-attribute-resiliency"),
    SYNC_LATE(Tier.FINDING, "entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler"),

    /**
     * Retired: provisioning errors are quarantined duplicates that leave the password path alone; see
     * {@link #PROVISIONING_ERRORS}.
     */
    SYNC_ERRORS(Tier.BLOCK, true, "entra/identity/hybrid/connect/how-to-connect-syncservice-duplicate-attribute-resiliency"),
    /**
     * Retired: an administrator's self-service reset through the portal is a supported writeback operation; see
     * {@link #ONPREM_PROTECTED_ACCOUNT}.
     */
    ADMIN_WRITEBACK_UNSUPPORTED(Tier.BLOCK, true, "entra/identity/authentication/concept-sspr-writeback");

    /** What a reason does to the outcome. */
    public enum Tier {
        /** The portal would refuse the user, or the reset would fail on the way: shown to the user, outcome BLOCKED. */
        BLOCK,
        /** True and worth fixing, but reset works: shown to admins only, never changes the outcome. */
        FINDING
    }

    private final Tier tier;
    private final boolean retired;
    private final DocLink docLink;

    Reason(Tier tier, String learnPath) {
        this(tier, false, DocLink.learn(learnPath));
    }

    Reason(Tier tier, DocLink docLink) {
        this(tier, false, docLink);
    }

    Reason(Tier tier, boolean retired, String learnPath) {
        this(tier, retired, DocLink.learn(learnPath));
    }

    Reason(Tier tier, boolean retired, DocLink docLink) {
        this.tier = tier;
        this.retired = retired;
        this.docLink = docLink;
    }

    public Tier tier() {
        return tier;
    }

    /** Whether this code blocks the user (as opposed to an admin-only finding). */
    public boolean blocks() {
        return tier == Tier.BLOCK;
    }

    /** Whether no check raises this code any more; records that carry it stay readable. */
    public boolean retired() {
        return retired;
    }

    /** The page that explains or fixes this reason. */
    public DocLink docLink() {
        return docLink;
    }
}
