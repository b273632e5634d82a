package dev.ssprpreflight.directory.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ssprpreflight.directory.demo.DemoTenantFile.User;
import dev.ssprpreflight.scan.ListedUser;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.TenantListing;
import io.smallrye.common.annotation.Identifier;

/**
 * The demo tenant as a readiness scan reads it: every user of the file (or of one of its groups), in
 * pages, with the same facts a lookup gives, so that the scan and the live journey judge alike.
 */
@Singleton
@Identifier("demo")
public class DemoTenantListing implements TenantListing {

    /** Small pages, so that the demo's few dozen users still show paging and progress. */
    static final int PAGE_SIZE = 10;

    private final DemoTenant tenant;
    private final Clock clock;
    private final Instant historyEnd;
    private final Duration pagePause;

    /**
     * @param pagePause a pause before each page, standing in for Graph's latency so that the progress page
     *        of the demo can be seen at all; zero in tests
     */
    @Inject
    DemoTenantListing(@Identifier("demo") DemoDirectory directory, Clock clock,
            @ConfigProperty(name = "sspr.demo.scan-page-pause", defaultValue = "PT1S") Duration pagePause) {
        this(directory.tenant(), clock, directory.historyEnd(), pagePause);
    }

    /** For tests: the SSPR history ends at the clock's present. */
    DemoTenantListing(DemoTenant tenant, Clock clock, Duration pagePause) {
        this(tenant, clock, clock.instant(), pagePause);
    }

    private DemoTenantListing(DemoTenant tenant, Clock clock, Instant historyEnd, Duration pagePause) {
        this.tenant = tenant;
        this.clock = clock;
        this.historyEnd = historyEnd;
        this.pagePause = pagePause;
    }

    @Override
    public List<Group> findGroups(String displayName) {
        return tenant.groups().named(displayName).stream()
                .map(group -> new Group(tenant.groups().idOf(group), group.name()))
                .toList();
    }

    @Override
    public OptionalLong countUsers(ScanScope scope) {
        try {
            return OptionalLong.of(usersIn(scope).size());
        } catch (ListingFailure e) {
            return OptionalLong.empty();
        }
    }

    @Override
    public void forEachPage(ScanScope scope, PageHandler pages) throws ListingFailure, InterruptedException {
        List<User> users = usersIn(scope);
        for (int from = 0; from < users.size(); from += PAGE_SIZE) {
            if (!pagePause.isZero()) {
                TimeUnit.MILLISECONDS.sleep(pagePause.toMillis());
            }
            Instant now = clock.instant();
            List<ListedUser> page = new ArrayList<>();
            for (User user : users.subList(from, Math.min(users.size(), from + PAGE_SIZE))) {
                page.add(new ListedUser(tenant.userFacts(user, now, historyEnd), tenant.tenantFacts(user, now)));
            }
            pages.page(page);
        }
    }

    private List<User> usersIn(ScanScope scope) throws ListingFailure {
        if (scope.isWholeTenant()) {
            return tenant.users();
        }
        String id = scope.groupId().orElseThrow();
        return tenant.groups().byId(id)
                .map(tenant.groups()::membersOf)
                .orElseThrow(() -> new ListingFailure("demo: no group with id " + id));
    }
}
