package dev.ssprpreflight.directory.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;

import com.microsoft.graph.models.UserRegistrationDetails;
import com.microsoft.graph.models.UserRegistrationDetailsCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;

import dev.ssprpreflight.check.AdminRoles;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.RegistrationReport;
import io.quarkus.logging.Log;

/**
 * A local copy of {@code reports/authenticationMethods/userRegistrationDetails}: the report allows
 * about 5 requests per 10 s, far too few to ask it per check on a busy morning. The whole list is read
 * page by page ({@code @odata.nextLink}), each page drawing a slot from the {@link ReportsBudget}, and
 * swapped in at once when complete. A failed refresh keeps the previous copy.
 */
final class RegistrationMirror {

    /** How long the mirror waits for one slot before it gives up this refresh. */
    private static final Duration MAX_WAIT_PER_PAGE = Duration.ofMinutes(2);

    private final GraphServiceClient client;
    private final ReportsBudget budget;
    private final Clock clock;
    private final ReentrantLock refreshing = new ReentrantLock();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Map.of(), Optional.empty());

    /** Rows by object id and by lower-case UPN. */
    private record Snapshot(Map<String, Row> byId, Map<String, Row> byUpn, Optional<Instant> completedAt) {
    }

    /**
     * One mirrored row: the report as the checks see it, plus the report's {@code isAdmin}, which the
     * core does not need but the lookup uses to guess, before it knows the user's roles, whether the
     * administrator policy will want a live look.
     */
    record Row(RegistrationReport report, boolean admin) {

        /**
         * Whether the checks will probably want a live look at this user's methods: the report says the
         * user is not registered, or an administrator has fewer than two methods the administrator
         * policy accepts. Only a prediction, made before the user's own facts arrive: a wrong guess costs
         * one reports-budget slot or one extra round trip, never a wrong verdict, because the checks
         * decide on the full facts.
         */
        boolean suggestsLiveLook() {
            if (!report.ssprRegistered()) {
                return true;
            }
            return admin
                    && report.methods().stream().filter(AuthMethod::usableForAdminReset).count() < AdminRoles.TWO_GATE_METHODS;
        }
    }

    /** The outcome of one refresh, for logs, tests and the health page. */
    record Refresh(boolean complete, int rows, int pages, Optional<String> failure) {
    }

    RegistrationMirror(GraphServiceClient client, ReportsBudget budget, Clock clock) {
        this.client = client;
        this.budget = budget;
        this.clock = clock;
    }

    Optional<Row> byObjectId(String objectId) {
        return Optional.ofNullable(snapshot.byId().get(objectId.toLowerCase(Locale.ROOT)));
    }

    Optional<Row> byUserPrincipalName(String upn) {
        return Optional.ofNullable(snapshot.byUpn().get(upn.toLowerCase(Locale.ROOT)));
    }

    /** Age of the copy: time since the last complete refresh; empty before the first one. */
    Optional<Duration> age() {
        return snapshot.completedAt().map(at -> Duration.between(at, clock.instant()));
    }

    int size() {
        return snapshot.byId().size();
    }

    /** Reads the whole report again; a refresh already running makes this one return at once. */
    Refresh refresh() {
        if (!refreshing.tryLock()) {
            return new Refresh(false, 0, 0, Optional.of("a refresh is already running"));
        }
        try {
            return readAllPages();
        } finally {
            refreshing.unlock();
        }
    }

    private Refresh readAllPages() {
        Map<String, Row> byId = new HashMap<>();
        Map<String, Row> byUpn = new HashMap<>();
        String nextLink = null;
        int pages = 0;
        do {
            try {
                if (!budget.acquireForMirror(MAX_WAIT_PER_PAGE)) {
                    return failed(pages, "no reports budget within " + MAX_WAIT_PER_PAGE);
                }
                var builder = client.reports().authenticationMethods().userRegistrationDetails();
                UserRegistrationDetailsCollectionResponse page = nextLink == null ? builder.get()
                        : builder.withUrl(nextLink).get();
                pages++;
                for (UserRegistrationDetails row : page.getValue() == null ? List.<UserRegistrationDetails> of()
                        : page.getValue()) {
                    if (row.getId() == null) {
                        continue;
                    }
                    Row mirrored = new Row(GraphFacts.report(row), Boolean.TRUE.equals(row.getIsAdmin()));
                    byId.put(row.getId().toLowerCase(Locale.ROOT), mirrored);
                    if (row.getUserPrincipalName() != null) {
                        byUpn.put(row.getUserPrincipalName().toLowerCase(Locale.ROOT), mirrored);
                    }
                }
                nextLink = page.getOdataNextLink();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return failed(pages, "interrupted");
            } catch (ApiException e) {
                GraphFailure failure = GraphFailure.fromStatus(GraphCall.REGISTRATION_REPORT,
                        e.getResponseStatusCode(), Optional.empty(),
                        GraphResponses.header(e.getResponseHeaders(), "Retry-After"));
                if (failure.kind() == GraphFailure.Kind.THROTTLED) {
                    budget.throttled(failure.retryAfter().orElse(Duration.ofSeconds(10)));
                }
                return failed(pages, failure.describe());
            } catch (RuntimeException e) {
                return failed(pages, GraphFailure.fromException(GraphCall.REGISTRATION_REPORT, e).describe());
            }
        } while (nextLink != null);
        snapshot = new Snapshot(Map.copyOf(byId), Map.copyOf(byUpn), Optional.of(clock.instant()));
        Log.infof("Registration mirror refreshed: %d users in %d pages", byId.size(), pages);
        return new Refresh(true, byId.size(), pages, Optional.empty());
    }

    private Refresh failed(int pages, String why) {
        Log.warnf("Registration mirror refresh stopped after %d pages, keeping the previous copy: %s", pages, why);
        return new Refresh(false, 0, pages, Optional.of(why));
    }
}
