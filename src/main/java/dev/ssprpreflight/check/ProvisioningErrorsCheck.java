package dev.ssprpreflight.check;

/**
 * A finding: Entra Connect reports provisioning errors for the user ({@code onPremisesProvisioningErrors}).
 * These are quarantined duplicate UPN or proxy-address values: "since the export for this object has
 * succeeded, the sync client doesn't log an error", and writeback finds the user by its cloud anchor, so
 * the password path is untouched. Worth fixing, never a block (it replaces the block {@code SYNC_ERRORS}).
 *
 * @see <a href=
 *      "https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-syncservice-duplicate-attribute-resiliency">
 *      Duplicate attribute resiliency</a>
 */
final class ProvisioningErrorsCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.PROVISIONING_ERRORS;
    }

    @Override
    public boolean raises(CheckContext context) {
        return !context.user().provisioningErrors().isEmpty();
    }
}
