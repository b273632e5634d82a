package dev.ssprpreflight.check;

/** Entra Connect reports provisioning errors for the user, so a written-back password may not land. */
final class SyncErrorsCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.SYNC_ERRORS;
    }

    @Override
    public boolean blocks(CheckContext context) {
        return !context.user().provisioningErrors().isEmpty();
    }
}
