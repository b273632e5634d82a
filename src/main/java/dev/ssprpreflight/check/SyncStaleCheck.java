package dev.ssprpreflight.check;

/**
 * The organisation's last sync is older than the configured limit: the Entra Connect server is
 * probably down or cut off, and password writeback runs on that same server. Only synced users
 * depend on it. An organisation without any recorded sync says nothing here.
 */
final class SyncStaleCheck implements Check {

    @Override
    public Reason reason() {
        return Reason.SYNC_STALE;
    }

    @Override
    public boolean blocks(CheckContext context) {
        if (!context.user().isSynced()) {
            return false;
        }
        return context.tenant().lastSyncAt()
                .map(lastSync -> context.settings().syncIsStale(lastSync, context.now()))
                .orElse(false);
    }
}
