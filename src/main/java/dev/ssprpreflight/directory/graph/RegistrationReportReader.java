package dev.ssprpreflight.directory.graph;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.microsoft.graph.models.UserRegistrationDetails;
import com.microsoft.graph.models.UserRegistrationDetailsCollectionResponse;
import com.microsoft.graph.reports.authenticationmethods.userregistrationdetails.UserRegistrationDetailsRequestBuilder;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.ApiException;

import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.MirrorStore;

/**
 * Reads the whole of {@code reports/authenticationMethods/userRegistrationDetails}, page by page
 * ({@code @odata.nextLink}), each page drawing a slot from the {@link ReportsBudget}: the report allows about 5
 * requests per 10 s. A throttled page waits through the budget (which pauses every reader of the reports API, the
 * other replicas included when the budget is shared) and is asked for again; anything else stops the read. What to
 * do with the rows, keep them or share them, is the {@link RegistrationMirror}'s business.
 */
final class RegistrationReportReader {

    /** How long the reader waits for one slot before it gives up the read. */
    private static final Duration MAX_WAIT_PER_PAGE = Duration.ofMinutes(2);

    /** Throttled pages in a row after which a read gives up (each one waited for Graph's Retry-After). */
    private static final int MAX_THROTTLED_IN_A_ROW = 5;

    /**
     * One read: every row of the report, or why the read stopped.
     *
     * @param rows each row with its object id in lower case; empty when the read stopped
     * @param pages the pages read, complete or not
     * @param failure why the read stopped; empty when it is complete
     */
    record Read(Optional<List<MirrorStore.Row>> rows, int pages, Optional<String> failure) {

        static Read stopped(int pages, String why) {
            return new Read(Optional.empty(), pages, Optional.of(why));
        }
    }

    private final GraphServiceClient client;
    private final ReportsBudget budget;

    RegistrationReportReader(GraphServiceClient client, ReportsBudget budget) {
        this.client = client;
        this.budget = budget;
    }

    /**
     * Pages the whole report.
     *
     * @param refusal asked before each page: empty to go on, else why the read must stop (the shared refresh lease
     *        passed to another replica, say)
     */
    Read readAll(Supplier<Optional<String>> refusal) {
        UserRegistrationDetailsRequestBuilder report = client.reports().authenticationMethods()
                .userRegistrationDetails();
        List<MirrorStore.Row> rows = new ArrayList<>();
        String nextLink = null;
        int pages = 0;
        int throttledInARow = 0;
        do {
            try {
                if (!budget.acquire(ReportsConsumer.MIRROR, MAX_WAIT_PER_PAGE)) {
                    return Read.stopped(pages, "no reports budget within " + MAX_WAIT_PER_PAGE);
                }
                Optional<String> refused = refusal.get();
                if (refused.isPresent()) {
                    return Read.stopped(pages, refused.get());
                }
                UserRegistrationDetailsCollectionResponse page = nextLink == null ? report.get()
                        : report.withUrl(nextLink).get();
                pages++;
                throttledInARow = 0;
                GraphFacts.nonNull(page.getValue()).forEach(row -> add(row, rows));
                nextLink = page.getOdataNextLink();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Read.stopped(pages, "interrupted");
            } catch (ApiException e) {
                GraphFailure failure = GraphFailure.fromStatus(GraphCall.REGISTRATION_REPORT,
                        e.getResponseStatusCode(), Optional.empty(),
                        GraphResponses.header(e.getResponseHeaders(), "Retry-After"));
                if (failure.kind() != FailureKind.THROTTLED || ++throttledInARow > MAX_THROTTLED_IN_A_ROW) {
                    return Read.stopped(pages, failure.describe());
                }
                // The budget pauses for Graph's Retry-After; the same page is asked for again after it.
                budget.throttled(failure);
            } catch (RuntimeException e) {
                return Read.stopped(pages, GraphFailure.fromException(GraphCall.REGISTRATION_REPORT, e).describe());
            }
        } while (nextLink != null || pages == 0);
        return new Read(Optional.of(rows), pages, Optional.empty());
    }

    private static void add(UserRegistrationDetails row, List<MirrorStore.Row> rows) {
        if (row.getId() == null) {
            return;
        }
        RegistrationReport report = GraphFacts.report(row);
        rows.add(new MirrorStore.Row(row.getId().toLowerCase(Locale.ROOT), row.getUserPrincipalName(), report,
                report.admin()));
    }
}
