package dev.ssprpreflight.admin;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.UUID;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStore;

/**
 * Scans written straight into the store, through its public port, for what the demo tenant cannot show
 * on demand: a scan that stays running, one that failed, formula-like names, sixty blocked users, users with
 * findings only, the retired codes of an old scan, a change between two scans. They hold their own lease,
 * so the application's runner never touches them.
 */
final class ScanFixtures {

    static final String HOLDER = "console-test";
    /** A group scope of its own, so that fixtures never become the "previous scan" of a real one. */
    static final ScanScope FIXTURE_GROUP = ScanScope.group("fixture-group", "Fixture group");

    private final ScanStore store;

    ScanFixtures(ScanStore store) {
        this.store = store;
    }

    /** A scan that runs until the test completes or fails it. */
    ScanRecord running(ScanScope scope, long total) {
        return store.begin(new ScanStore.NewScan(scope, "fixture.admin", OptionalLong.of(total)), HOLDER,
                Instant.now(), Duration.ofHours(1))
                .orElseThrow(() -> new AssertionError("another scan is running: " + store.running()));
    }

    /** Stores a page: the running totals and the page's flagged users. */
    void page(ScanRecord scan, long listed, long guests, long blocked, List<FlaggedUser> users) {
        long findingsOnly = users.stream().filter(user -> !user.blocked()).count();
        if (!store.recordPage(scan.id(), HOLDER, Instant.now(), Duration.ofHours(1),
                new ScanStore.Tally(listed, guests, blocked, findingsOnly), users)) {
            throw new AssertionError("the store refused the fixture's page");
        }
    }

    /**
     * A complete scan of the fixture group that found exactly these users: blocked, or with findings only,
     * as their reasons say.
     */
    ScanRecord complete(List<FlaggedUser> users) {
        ScanRecord scan = running(FIXTURE_GROUP, users.size());
        long blocked = users.stream().filter(FlaggedUser::blocked).count();
        page(scan, users.size(), 0, blocked, users);
        Map<Reason, Long> counts = new EnumMap<>(Reason.class);
        users.forEach(user -> user.reasons().forEach(reason -> counts.merge(reason, 1L, Long::sum)));
        if (!store.complete(scan.id(), HOLDER, Instant.now(),
                new ScanStore.Tally(users.size(), 0, blocked, users.size() - blocked), counts)) {
            throw new AssertionError("the store refused to complete the fixture");
        }
        return store.find(scan.id()).orElseThrow();
    }

    void fail(ScanRecord scan, String why) {
        store.fail(scan.id(), Instant.now(), why);
    }

    /** Fails whatever scan still runs, so that the next test can start one. */
    void stopRunning() {
        store.running().ifPresent(scan -> store.fail(scan.id(), Instant.now(), "stopped by the test"));
    }

    /** A user the scan flagged: blocked when one of the reasons blocks, else with findings only. */
    static FlaggedUser user(String upn, String displayName, Reason... reasons) {
        return new FlaggedUser(objectId(upn), upn, displayName, List.of(reasons), false);
    }

    /** An object id is a GUID; derived from the UPN so that the same user keeps it across fixture scans. */
    static String objectId(String upn) {
        return UUID.nameUUIDFromBytes(upn.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
