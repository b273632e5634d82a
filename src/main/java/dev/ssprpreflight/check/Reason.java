package dev.ssprpreflight.check;

/**
 * A stable code for one thing that stops self-service password reset from working for a user.
 * <p>
 * The codes are a public contract: the explanation page marks each reason with
 * {@code data-reason="<CODE>"}, the attempt log stores them, and admins filter by them. Never rename
 * one; add a new one instead.
 */
public enum Reason {

    WRITEBACK_NOT_ENABLED("entra/identity/authentication/tutorial-enable-sspr-writeback"),
    LICENSE_MISSING("entra/identity/authentication/concept-sspr-licensing"),
    SYNC_ERRORS("entra/identity/hybrid/connect/tshoot-connect-sync-errors"),
    SYNC_STALE("entra/identity/hybrid/connect/tshoot-connect-connectivity"),
    METHODS_NOT_REGISTERED(DocLink.absolute("https://mysignins.microsoft.com/security-info")),
    ADMIN_WRITEBACK_UNSUPPORTED("entra/identity/authentication/concept-sspr-writeback#unsupported-writeback-operations"),
    ADMIN_NEEDS_TWO_METHODS("entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences"),
    ADMIN_SSPR_DISABLED("entra/identity/authentication/concept-sspr-policy#administrator-reset-policy-differences"),
    ACCOUNT_DISABLED("entra/identity/authentication/troubleshoot-sspr"),
    SSPR_NOT_ENABLED("entra/identity/authentication/troubleshoot-sspr#sspr-errors-that-a-user-might-see"),
    GUEST_ACCOUNT("entra/identity/authentication/concept-sspr-howitworks#password-reset-for-b2b-users");

    private final DocLink docLink;

    Reason(String learnPath) {
        this(DocLink.learn(learnPath));
    }

    Reason(DocLink docLink) {
        this.docLink = docLink;
    }

    /** The page that explains or fixes this reason. */
    public DocLink docLink() {
        return docLink;
    }
}
