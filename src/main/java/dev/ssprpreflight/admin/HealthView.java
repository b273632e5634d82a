package dev.ssprpreflight.admin;

/**
 * The tenant health page. With the demo directory only the adapter is shown: every section below is
 * about Microsoft Graph and is null.
 *
 * @param frame the console frame
 * @param adapter {@code demo} or {@code graph}
 * @param reachability whether Graph answers the cached probe
 * @param failures Graph's failures since start
 * @param permissions the application permissions Graph's 403s pointed to
 * @param writeback the writeback setting against the organisation's sync
 * @param sync the organisation's last sync and when its facts were read
 * @param mirror the registration-report mirror
 * @param confirmation the registration feed and the reports budget that confirm registration blocks; null also when
 *        the adapter does not say (a Graph status without it)
 * @param roles directory roles Graph did not let the application read: administrators it cannot recognise
 * @param adminSignal how often the registration report's isAdmin disagreed with the roles read
 * @param settings the settings the checks rely on, and the checks that are off because one is missing
 */
public record HealthView(ConsoleFrame frame, String adapter, ReachabilitySection reachability,
        FailuresSection failures, PermissionsSection permissions, RolesSection roles, AdminSignalSection adminSignal,
        SettingsSection settings, WritebackSection writeback, SyncSection sync, MirrorSection mirror,
        ConfirmationSection confirmation) {

    /** Whether the adapter has a remote service to watch (Graph). */
    public boolean remote() {
        return reachability != null;
    }

    static HealthView local(ConsoleFrame frame, String adapter) {
        return new HealthView(frame, adapter, null, null, null, null, null, null, null, null, null, null);
    }
}
