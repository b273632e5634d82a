package dev.ssprpreflight.check;

/**
 * The user's password lives on-premises and the organisation's last Entra Connect sync is older than
 * {@code sspr.tenant.sync-stale-after} (default a day): the Connect server, which also runs writeback, is
 * then most likely down or cut off. Connect syncs every 30 minutes by default, but admins may stretch the
 * cycle (the scheduler's {@code CustomizedSyncCycleInterval}), and Microsoft only asks for a cycle "at least
 * once every 7 days", so a few hours' lag is reported as the finding {@link SyncLateCheck} instead. An
 * organisation without any recorded sync says nothing here.
 *
 * @see <a href=
 *      "https://learn.microsoft.com/entra/identity/authentication/troubleshoot-sspr-writeback#confirm-network-connectivity">
 *      Troubleshoot writeback: confirm network connectivity</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler">Entra
 *      Connect sync scheduler</a>
 */
final class SyncStaleCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.SYNC_STALE;
    }

    @Override
    public boolean raises(CheckContext context) {
        if (!context.passwordManagedOnPremises()) {
            return false;
        }
        return context.tenant().lastSyncAt()
                .map(lastSync -> context.settings().syncIsStale(lastSync, context.now()))
                .orElse(false);
    }
}
