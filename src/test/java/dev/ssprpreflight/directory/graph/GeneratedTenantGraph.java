package dev.ssprpreflight.directory.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.HttpHeader;
import com.github.tomakehurst.wiremock.http.HttpHeaders;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import dev.ssprpreflight.directory.graph.GraphJson.UserJson;

/**
 * A tenant of {@code users} users that exists only as a rule: each page of {@code /users}, of the
 * registration report and of the role lists is generated when asked for, in the shapes of
 * {@link GraphJson}, so that a 100,000-user tenant costs the fake no memory. The reports throttle is
 * enforced as documented (5 requests in any 10 s, else 429 with a fractional {@code Retry-After} until the
 * oldest request leaves the window). Counts what it served, for the benchmark.
 * <p>
 * Users by {@code i % 20}: 1 disabled, 2 without a licence plan, 3 outside the SSPR policy, 4 not registered,
 * 5 an invited (B2B) guest; the rest ready. Users 0–4 hold Global Administrator directly, users 10–19 through a
 * role-assignable group; user 10 has a single method (the administrator policy wants two).
 */
final class GeneratedTenantGraph implements ResponseTransformerV2 {

    static final String NAME = "generated-tenant";
    static final int USERS_PAGE = GraphTenantListing.PAGE_SIZE;
    static final String GLOBAL_ADMIN_ROLE = "aaaaaaaa-0000-4000-8000-000000000001";
    static final String ROLE_GROUP = "bbbbbbbb-0000-4000-8000-000000000001";
    private static final String REPORT = "/v1.0/reports/authenticationMethods/userRegistrationDetails";

    private final int users;
    private final int reportPage;
    private final Supplier<String> baseUrl;
    private final DocumentedReportsThrottle throttle = new DocumentedReportsThrottle();

    final AtomicLong usersPages = new AtomicLong();
    final AtomicLong reportPages = new AtomicLong();
    final AtomicLong roleRequests = new AtomicLong();
    final AtomicLong otherRequests = new AtomicLong();
    final AtomicLong throttled = throttle.throttled;
    volatile long firstUsersPageAt;
    volatile long lastUsersPageAt;

    /**
     * @param reportPage rows per report page: Graph documents no page size (and no {@code $top}) for the
     *        report; the benchmark assumes 1,000
     */
    GeneratedTenantGraph(int users, int reportPage, Supplier<String> baseUrl) {
        this.users = users;
        this.reportPage = reportPage;
        this.baseUrl = baseUrl;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public Response transform(Response response, ServeEvent serveEvent) {
        Request request = serveEvent.getRequest();
        String path = request.getUrl().replaceAll("\\?.*", "");
        int page = page(request);
        if (path.equals("/v1.0/users")) {
            long now = System.nanoTime();
            if (usersPages.getAndIncrement() == 0) {
                firstUsersPageAt = now;
            }
            lastUsersPageAt = now;
            int from = page * USERS_PAGE;
            String next = from + USERS_PAGE < users ? baseUrl.get() + "/users?$top=999&$skiptoken=" + (page + 1) : null;
            return json(response, GraphJson.usersPage(usersFrom(from, Math.min(users, from + USERS_PAGE)), next));
        }
        if (path.equals(REPORT)) {
            var retryAfter = throttle.retryAfter();
            if (retryAfter.isPresent()) {
                return DocumentedReportsThrottle.tooManyRequests(response, retryAfter.get());
            }
            reportPages.incrementAndGet();
            int from = page * reportPage;
            String next = from + reportPage < users ? baseUrl.get() + REPORT.substring(5) + "?$skiptoken=" + (page + 1) : null;
            return json(response, GraphJson.registrationPage(rowsFrom(from, Math.min(users, from + reportPage)), next));
        }
        if (path.equals("/v1.0/users/$count")) {
            otherRequests.incrementAndGet();
            return Response.Builder.like(response).but().headers(new HttpHeaders(new HttpHeader("Content-Type", "text/plain")))
                    .body(String.valueOf(users)).build();
        }
        roleRequests.incrementAndGet();
        if (path.equals("/v1.0/directoryRoles")) {
            return json(response, GraphJson.activatedRoles(GLOBAL_ADMIN_ROLE, GraphJson.GLOBAL_ADMIN));
        }
        if (path.equals("/v1.0/directoryRoles/" + GLOBAL_ADMIN_ROLE + "/members")) {
            return json(response, GraphJson.roleMembers(List.of(id(0), id(1), id(2), id(3), id(4)), List.of(ROLE_GROUP)));
        }
        List<String> groupUsers = new ArrayList<>();
        for (int i = 10; i < 20 && i < users; i++) {
            groupUsers.add(id(i));
        }
        return json(response, GraphJson.groupUserIdsPage(groupUsers, null));
    }

    /** The user index range as users of a list page. */
    private List<UserJson> usersFrom(int from, int to) {
        List<UserJson> page = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            UserJson user = UserJson.ready(id(i), "user" + i + "@contoso.com");
            page.add(switch (i % 20) {
                case 1 -> user.disabled();
                case 2 -> user.withoutPlans();
                case 5 -> user.invited();
                default -> user;
            });
        }
        return page;
    }

    private List<String> rowsFrom(int from, int to) {
        List<String> rows = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            boolean admin = i < 5 || (i >= 10 && i < 20);
            boolean registered = i % 20 != 4;
            String[] methods = !registered ? new String[0]
                    : i == 10 ? new String[] { "mobilePhone" } : new String[] { "mobilePhone", "email" };
            rows.add(GraphJson.registrationRow(id(i), "user" + i + "@contoso.com", admin, i % 20 != 3, registered, methods));
        }
        return rows;
    }

    static String id(int i) {
        return String.format("%08x-0000-4000-8000-%012d", i, i);
    }

    private static int page(Request request) {
        var token = request.queryParameter("$skiptoken");
        return token.isPresent() ? Integer.parseInt(token.firstValue()) : 0;
    }

    private static Response json(Response response, String body) {
        return Response.Builder.like(response).but()
                .headers(new HttpHeaders(new HttpHeader("Content-Type", "application/json"))).body(body).build();
    }
}
