package dev.ssprpreflight.directory.graph;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import com.microsoft.graph.groups.GroupsRequestBuilder;
import com.microsoft.graph.models.GroupCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserCollectionResponse;
import com.microsoft.graph.models.odataerrors.ODataError;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.UsersRequestBuilder;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;

import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.scan.ListedUser;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.TenantListing;
import io.quarkus.logging.Log;

/**
 * The readiness scan's view of the tenant through Microsoft Graph: paged lists, never one call per user.
 * <p>
 * Before the first page it reads, once per scan: the organisation's facts (from the
 * {@link TenantFactsCache} while fresh: subscriptions, activated roles and the declared policy included), the
 * registration report (the {@link RegistrationMirror}; only when it never completed a refresh is the report paged
 * now, within the reports budget: minutes for a large tenant, as the report allows about 5 requests per 10 s), who
 * holds which directory role ({@link DirectoryRoleHolders}) and who belongs to the declared groups
 * ({@link DeclaredGroupMembers}). Then it pages {@code /users} (or the group's transitive user members)
 * 999 at a time, with the same properties a lookup selects ({@code identities} and {@code creationType} among them),
 * translates each page with {@link GraphFacts} and hands it on: only the current page, the role holders and the
 * declared groups' members are in memory, whatever the tenant's size. No live look at anybody's methods.
 * <p>
 * Guests are listed like members; the scan skips the external ones. Throttling and errors: see {@link GraphPager}.
 * <p>
 * Timing the caller must allow for: the first page comes only after the tenant facts, the role lists and,
 * on a mirror that never completed, the whole report (about 100 / 3 × 10.25 s ≈ 6 minutes for 100,000
 * users at 1,000 rows per report page); a throttled page waits out {@code Retry-After}, up to
 * {@link GraphPager.Patience#throttledRetries()} times.
 */
final class GraphTenantListing implements TenantListing {

    /** The largest page Graph serves for users and members. */
    static final int PAGE_SIZE = 999;

    private static final HashMap<String, ParsableFactory<? extends Parsable>> ERRORS = new HashMap<>(
            Map.of("XXX", ODataError::createFromDiscriminatorValue));

    /** A group's name comes back with its id, for the scan's form. */
    private static final String[] GROUP_SELECT = { "id", "displayName" };
    /** The same properties a lookup selects, so that a listed user is judged as a checked one. */
    private static final String[] USER_SELECT = GraphFacts.USER_SELECT.toArray(String[]::new);

    private final GraphServiceClient client;
    private final RequestAdapter adapter;
    private final TenantReads tenantReads;
    private final RegistrationMirror mirror;
    private final GraphPager pager;
    private final GroupMembers groupMembers;
    private final DirectoryRoleHolders roleHolders;
    private final DeclaredGroupMembers declaredGroups;
    private final GraphHealth health;

    GraphTenantListing(GraphServiceClient client, TenantReads tenantReads, RegistrationMirror mirror,
            GraphPager pager, GraphHealth health) {
        this.client = client;
        this.adapter = client.getRequestAdapter();
        this.tenantReads = tenantReads;
        this.mirror = mirror;
        this.pager = pager;
        this.groupMembers = new GroupMembers(client, pager);
        this.roleHolders = new DirectoryRoleHolders(client, pager, groupMembers);
        this.declaredGroups = new DeclaredGroupMembers(groupMembers);
        this.health = health;
    }

    @Override
    public List<Group> findGroups(String displayName) throws ListingFailure {
        String filter = "displayName eq '" + UserAddress.odataLiteral(displayName) + "'";
        List<Group> found = new ArrayList<>();
        GroupsRequestBuilder groups = client.groups();
        try {
            pager.pages(GraphCall.GROUPS_BY_NAME, () -> groups.get(config -> {
                config.queryParameters.filter = filter;
                config.queryParameters.select = GROUP_SELECT;
            }), nextLink -> groups.withUrl(nextLink).get(), GroupCollectionResponse::getOdataNextLink,
                    page -> GraphFacts.nonNull(page.getValue()).stream().filter(group -> group.getId() != null)
                            .forEach(group -> found.add(new Group(group.getId(),
                                    group.getDisplayName() == null ? displayName : group.getDisplayName()))));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ListingFailure("interrupted while looking for the group");
        }
        return found;
    }

    /** One try, no retry: a progress bar is not worth waiting out throttling for. */
    @Override
    public OptionalLong countUsers(ScanScope scope) {
        GraphCall call = scope.isWholeTenant() ? GraphCall.USER_COUNT : GraphCall.GROUP_MEMBER_COUNT;
        try {
            if (scope.groupId().isPresent()) {
                return groupMembers.count(scope.groupId().get());
            }
            Integer count = client.users().count().get(config -> GroupMembers.eventual(config.headers));
            return count == null || count < 0 ? OptionalLong.empty() : OptionalLong.of(count);
        } catch (RuntimeException e) {
            health.failed(GraphPager.failure(call, e));
            return OptionalLong.empty();
        }
    }

    @Override
    public void forEachPage(ScanScope scope, PageHandler pages) throws ListingFailure, InterruptedException {
        TenantFacts tenant = tenantFacts();
        Optional<RegistrationMirror.Refresh> firstRead = mirror.refreshUnlessEverCompleted();
        if (Thread.interrupted()) {
            // The mirror stops its refresh on an interrupt and keeps the flag set.
            throw new InterruptedException();
        }
        if (firstRead.isPresent() && !firstRead.get().complete()) {
            // Without the report every user's registration is unknown, and the scan would silently find
            // nobody unregistered: better no result than a wrong one.
            throw new ListingFailure("the registration report could not be read ("
                    + firstRead.get().failure().orElse("incomplete")
                    + "); without it a scan cannot tell who registered methods for password reset");
        }
        firstRead.ifPresent(refresh -> Log.infof(
                "Readiness scan: the registration mirror had never been read; read now: %s", refresh));
        // The activated roles came with the organisation's facts; when they could not be read then, read them now,
        // which stops the scan naming the permission if they still cannot.
        Optional<ActivatedRoles> cachedRoles = tenantReads.cache().activatedRoles();
        ActivatedRoles activated = cachedRoles.isPresent() ? cachedRoles.get() : roleHolders.activatedRoles();
        Map<String, DirectoryRoles> roles = roleHolders.read(activated);
        DeclaredGroupMembers.Memberships memberships = declaredGroups.read(tenant.policy());
        GraphPager.PageConsumer<UserCollectionResponse> each = page -> pages
                .page(listed(page, roles, memberships, tenant));
        if (scope.isWholeTenant()) {
            UsersRequestBuilder users = client.users();
            pager.pages(GraphCall.USERS_PAGE, () -> users.get(config -> {
                config.queryParameters.select = USER_SELECT;
                config.queryParameters.top = PAGE_SIZE;
            }), nextLink -> users.withUrl(nextLink).get(), UserCollectionResponse::getOdataNextLink, each);
        } else {
            groupMembers.forEachPage(GraphCall.GROUP_MEMBERS_PAGE, scope.groupId().get(), USER_SELECT, each);
        }
    }

    /**
     * The organisation's facts: the cached ones while fresh, else read now (and cached for the checks). The optional
     * reads (subscriptions, the role list) may fail without stopping the scan; the pager has recorded why.
     */
    private TenantFacts tenantFacts() throws ListingFailure, InterruptedException {
        Optional<TenantFacts> fresh = tenantReads.cache().fresh();
        if (fresh.isPresent()) {
            return fresh.get();
        }
        Map<GraphCall, Parsable> bodies = new EnumMap<>(GraphCall.class);
        for (GraphCall call : tenantReads.calls()) {
            try {
                bodies.put(call, pager.call(call, () -> adapter.send(tenantReads.request(call), ERRORS,
                        TenantReads.factory(call))));
            } catch (ListingFailure failure) {
                if (call.required()) {
                    throw failure;
                }
            }
        }
        return tenantReads.update(bodies)
                .orElseThrow(() -> new ListingFailure(GraphCall.ORGANIZATION.label() + " returned no organisation"));
    }

    private List<ListedUser> listed(UserCollectionResponse page, Map<String, DirectoryRoles> roles,
            DeclaredGroupMembers.Memberships memberships, TenantFacts tenant) {
        List<ListedUser> users = new ArrayList<>(GraphFacts.nonNull(page.getValue()).size());
        for (User user : GraphFacts.nonNull(page.getValue())) {
            if (user.getId() == null) {
                continue;
            }
            String id = user.getId().toLowerCase(Locale.ROOT);
            RegistrationFacts registration = mirror.byObjectId(id).map(RegistrationFacts::fromReport)
                    .orElseGet(RegistrationFacts::unknown);
            users.add(new ListedUser(GraphFacts.user(user, roles.getOrDefault(id, DirectoryRoles.none()), registration,
                    memberships.of(id)), tenant));
        }
        return users;
    }
}
