package dev.ssprpreflight.check;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

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

    WRITEBACK_NOT_ENABLED(Tier.BLOCK, learn("entra/identity/authentication/tutorial-enable-sspr-writeback")),
    LICENSE_MISSING(Tier.BLOCK, learn("entra/identity/authentication/concept-sspr-licensing")),
    SYNC_STALE(Tier.BLOCK,
            learn("entra/identity/authentication/troubleshoot-sspr-writeback#confirm-network-connectivity")),
    METHODS_NOT_REGISTERED(Tier.BLOCK, DocLink.absolute("https://mysignins.microsoft.com/security-info")),
    ONPREM_PROTECTED_ACCOUNT(Tier.BLOCK, learn("entra/identity/authentication/concept-sspr-writeback"),
            Trait.SENSITIVE),
    ADMIN_NEEDS_TWO_METHODS(Tier.BLOCK, Links.ADMIN_POLICY, Trait.SENSITIVE),
    ADMIN_SSPR_DISABLED(Tier.BLOCK, Links.ADMIN_POLICY, Trait.SENSITIVE),
    ACCOUNT_DISABLED(Tier.BLOCK, learn("entra/identity/authentication/troubleshoot-sspr"), Trait.SENSITIVE),
    SSPR_NOT_ENABLED(Tier.BLOCK,
            learn("entra/identity/authentication/troubleshoot-sspr#sspr-errors-that-a-user-might-see")),
    GUEST_ACCOUNT(Tier.BLOCK,
            learn("entra/identity/authentication/concept-sspr-howitworks#password-reset-for-b2b-users"),
            Trait.SENSITIVE),
    /**
     * Microsoft's portal blocks the user for 24 hours after too many attempts. Not sensitive: the portal itself tells
     * anyone who types the username.
     */
    RESET_LOCKED_OUT(Tier.BLOCK, learn("entra/identity/authentication/troubleshoot-sspr")),

    LICENSE_NOT_ASSIGNED(Tier.FINDING, learn("entra/identity/authentication/concept-sspr-licensing")),
    PROVISIONING_ERRORS(Tier.FINDING, Links.DUPLICATE_ATTRIBUTES),
    SYNC_LATE(Tier.FINDING, learn("entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler")),

    /**
     * Retired: provisioning errors are quarantined duplicates that leave the password path alone; see
     * {@link #PROVISIONING_ERRORS}.
     */
    SYNC_ERRORS(Tier.BLOCK, Links.DUPLICATE_ATTRIBUTES, Trait.RETIRED),
    /**
     * Retired: an administrator's self-service reset through the portal is a supported writeback operation; see
     * {@link #ONPREM_PROTECTED_ACCOUNT}.
     */
    ADMIN_WRITEBACK_UNSUPPORTED(Tier.BLOCK, learn("entra/identity/authentication/concept-sspr-writeback"),
            Trait.RETIRED, Trait.SENSITIVE);

    /** What a reason does to the outcome. */
    public enum Tier {
        /** The portal would refuse the user, or the reset would fail on the way: shown to the user, outcome BLOCKED. */
        BLOCK,
        /** True and worth fixing, but reset works: shown to admins only, never changes the outcome. */
        FINDING
    }

    /** Pages that several reasons share (a constant may not read its enum's own static fields). */
    private static final class Links {
        static final DocLink ADMIN_POLICY = DocLink
                .learn("entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences");
        static final DocLink DUPLICATE_ATTRIBUTES = DocLink
                .learn("entra/identity/hybrid/connect/how-to-connect-syncservice-duplicate-attribute-resiliency");
    }

    /** What else a reason is, beside its tier. */
    private enum Trait {
        /** No check raises it any more. */
        RETIRED,
        /** It tells a stranger what only the help desk should learn about an account (see {@link #revealsSensitiveState()}). */
        SENSITIVE
    }

    private final Tier tier;
    private final DocLink docLink;
    private final Set<Trait> traits;

    Reason(Tier tier, DocLink docLink, Trait... traits) {
        this.tier = tier;
        this.docLink = docLink;
        this.traits = traits.length == 0 ? Set.of() : EnumSet.copyOf(Arrays.asList(traits));
    }

    private static DocLink learn(String path) {
        return DocLink.learn(path);
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
        return traits.contains(Trait.RETIRED);
    }

    /**
     * Whether showing this reason tells an anonymous visitor something about the account that Microsoft's
     * portal would not and that only the help desk should learn: that it is privileged (an administrator, an
     * on-premises protected account), disabled (often a leaver's, a target for reactivation by social
     * engineering) or a guest's (a relationship with another organisation). {@code sspr.disclosure=discreet}
     * shows one identical neutral page for all of them; docs/security.md gives the reasoning per reason.
     */
    public boolean revealsSensitiveState() {
        return traits.contains(Trait.SENSITIVE);
    }

    /** The page that explains or fixes this reason. */
    public DocLink docLink() {
        return docLink;
    }
}
