package dev.ssprpreflight.check;

/**
 * A finding: the user's password lives on-premises and the organisation's last sync is older than
 * {@code sspr.tenant.sync-late-after} (default three hours) but not yet stale. An early warning that the
 * Connect server may be in trouble; no evidence for a block, since writeback is a separate, real-time
 * channel ("Password writeback is a synchronous operation") and admins may sync only every few hours.
 *
 * @see <a href="https://learn.microsoft.com/entra/identity/hybrid/connect/how-to-connect-sync-feature-scheduler">Entra
 *      Connect sync scheduler</a>
 * @see <a href="https://learn.microsoft.com/entra/identity/authentication/concept-sspr-writeback">How password
 *      writeback works</a>
 */
final class SyncLateCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.SYNC_LATE;
    }

    @Override
    public boolean raises(CheckContext context) {
        if (!context.passwordManagedOnPremises()) {
            return false;
        }
        CheckSettings settings = context.settings();
        return context.tenant().lastSyncAt()
                .map(lastSync -> settings.syncIsLate(lastSync, context.now())
                        && !settings.syncIsStale(lastSync, context.now()))
                .orElse(false);
    }
}
