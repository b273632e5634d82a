package dev.ssprpreflight.check;

/**
 * An administrator whose account is synced from on-premises: writeback does not take an admin's
 * reset of their own password ("unsupported writeback operations").
 */
final class AdminWritebackUnsupportedCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.ADMIN_WRITEBACK_UNSUPPORTED;
    }

    @Override
    public boolean blocks(CheckContext context) {
        return context.userIsAdmin() && context.user().isSynced();
    }
}
