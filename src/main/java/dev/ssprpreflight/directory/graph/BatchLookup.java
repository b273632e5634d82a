package dev.ssprpreflight.directory.graph;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.graph.core.content.BatchRequestContent;
import com.microsoft.graph.core.content.BatchResponseContent;
import com.microsoft.graph.models.AuthenticationMethodCollectionResponse;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryRoleCollectionResponse;
import com.microsoft.graph.models.User;
import com.microsoft.graph.models.UserRegistrationDetails;
import com.microsoft.graph.models.UserRegistrationDetailsCollectionResponse;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsPostRequestBody;
import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsPostResponse;
import com.microsoft.graph.users.item.checkmembergroups.CheckMemberGroupsRequestBuilder;
import com.microsoft.kiota.NativeResponseHandler;
import com.microsoft.kiota.RequestAdapter;
import com.microsoft.kiota.RequestInformation;
import com.microsoft.kiota.serialization.Parsable;
import com.microsoft.kiota.serialization.ParsableFactory;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.check.RegistrationActivity;
import dev.ssprpreflight.check.RegistrationFacts;
import dev.ssprpreflight.check.RegistrationReport;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.SsprLockoutLookup;
import io.quarkus.logging.Log;
import okhttp3.Response;

/**
 * One user lookup in one Graph round trip: the user (with {@code identities} and {@code creationType}), their
 * directory roles, which of the declared groups they belong to ({@code checkMemberGroups}) and, when needed, their
 * registration-report row, their live authentication methods and the organisation's facts (with its subscriptions and
 * activated roles) travel in one JSON {@code $batch}. Graph answers the inner requests in any order, each with its own
 * status; throttled required ones (inner or outer 429) are sent again after their {@code Retry-After}, but only while
 * the check's deadline allows. Throttled optional ones are not retried: the checks do without them, and a throttled
 * reports API pauses the reports budget.
 */
final class BatchLookup {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A retry must leave at least this much time for its own round trip. */
    private static final Duration MIN_ROUND_TRIP = Duration.ofMillis(100);
    /** When a 429 carries no Retry-After. */
    private static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);

    private final GraphServiceClient client;
    private final String baseUrl;
    private final TenantFactsCache tenantCache;
    private final TenantReads tenantReads;
    private final RegistrationMirror mirror;
    private final ReportsBudget reportsBudget;
    private final GraphHealth health;
    private final LiveLookForecast forecast;
    private final RecentUsers foreseen;
    private final LiveLookCache liveLooks;
    private final RegistrationActivityLookup activity;
    private final RecentUsers feedDecided;
    private final SsprLockoutLookup lockouts;

    /**
     * @param liveLooks recent live looks, reused instead of a new one
     * @param activity what the audit log's registration feed says about a report row
     * @param feedDecided users whose last check took the feed's word: their retry looks live when it can
     * @param lockouts what the kept SSPR audit events say about a 24-hour block, from the store, without a request
     */
    BatchLookup(GraphServiceClient client, TenantReads tenantReads, RegistrationMirror mirror,
            ReportsBudget reportsBudget, GraphHealth health, RecentUsers foreseen, LiveLookCache liveLooks,
            RegistrationActivityLookup activity, RecentUsers feedDecided, SsprLockoutLookup lockouts) {
        this.client = client;
        this.baseUrl = client.getRequestAdapter().getBaseUrl();
        this.tenantCache = tenantReads.cache();
        this.tenantReads = tenantReads;
        this.mirror = mirror;
        this.reportsBudget = reportsBudget;
        this.health = health;
        this.forecast = new LiveLookForecast(tenantCache);
        this.foreseen = foreseen;
        this.liveLooks = liveLooks;
        this.activity = activity;
        this.feedDecided = feedDecided;
        this.lockouts = lockouts;
    }

    DirectoryAnswer lookup(String userPrincipalName, Instant deadline) {
        Set<GraphCall> wanted = EnumSet.of(GraphCall.USER, GraphCall.ADMIN_ROLES);
        if (!tenantCache.policy().declaredGroupIds().isEmpty()) {
            wanted.add(GraphCall.MEMBER_GROUPS);
        }
        Optional<RegistrationReport> mirrored = mirror.byUserPrincipalName(userPrincipalName);
        // A recent live look answers again; else the feed may confirm the row, and only then is a look foreseen.
        boolean lookCached = liveLooks.byUserPrincipalName(userPrincipalName).isPresent();
        boolean lookForeseen = !lookCached && mirrored
                .map(report -> forecast.wantsLiveLook(report, activityForForecast(userPrincipalName, report)))
                .orElse(false);
        if (mirrored.isEmpty() && reportsBudget.tryAcquire(ReportsConsumer.REPORT_ROW)) {
            // The mirror does not know this name (new user, mirror not loaded yet): ask for the row in
            // the same round trip while the reports budget allows.
            wanted.add(GraphCall.REGISTRATION_ROW);
        } else if (lookForeseen && reportsBudget.tryAcquire(ReportsConsumer.LIVE_LOOK)) {
            // The checks will want a live look: take it in this round trip rather than in a second one after
            // the lookup (PreflightService skips its own live look when the facts carry one).
            wanted.add(GraphCall.AUTHENTICATION_METHODS);
        }
        boolean tenantRefresh = tenantCache.claimRefresh();
        if (tenantRefresh) {
            wanted.addAll(tenantReads.calls());
        }
        Results results = new Results();
        try {
            send(userPrincipalName, wanted, new Deadline(deadline), results);
            DirectoryAnswer answer = answer(userPrincipalName, results, tenantRefresh);
            if (lookForeseen && answer instanceof DirectoryAnswer.Found found) {
                foreseen.remember(found.user().objectId());
            }
            return answer;
        } finally {
            if (tenantRefresh && !results.tenantUpdated) {
                tenantCache.refreshFailed();
            }
        }
    }

    /**
     * What the feed says about the row, except for a user whose last check already took its word: their retry may
     * follow a registration the audit log does not show yet, so the forecast asks for a live look instead.
     */
    private RegistrationActivity activityForForecast(String userPrincipalName, RegistrationReport report) {
        RegistrationActivity said = activity.activitySince(Optional.empty(), userPrincipalName, report.updatedAt());
        return said == RegistrationActivity.NONE_SINCE_REPORT && feedDecided.recently(userPrincipalName)
                ? RegistrationActivity.UNKNOWN
                : said;
    }

    /**
     * Whether the lookup of this user foresaw the live look the checks now ask for (and put it into its batch if the
     * reports budget had a slot); answers once per lookup.
     */
    boolean foresawLiveLook(String userObjectId) {
        return foreseen.takeBack(userObjectId);
    }

    /** What the batch rounds brought back. */
    private static final class Results {
        final Map<GraphCall, Parsable> bodies = new EnumMap<>(GraphCall.class);
        final Map<GraphCall, GraphFailure> failures = new EnumMap<>(GraphCall.class);
        final List<String> requestIds = new ArrayList<>();
        boolean tenantUpdated;
    }

    private void send(String upn, Set<GraphCall> wanted, Deadline deadline, Results results) {
        Set<GraphCall> pending = EnumSet.copyOf(wanted);
        while (true) {
            Map<String, GraphCall> steps = new HashMap<>();
            BatchRequestContent batch = new BatchRequestContent(client);
            for (GraphCall call : pending) {
                steps.put(batch.addBatchRequestStep(request(call, upn)), call);
            }
            Optional<Duration> retryAfter;
            try {
                retryAfter = round(batch, steps, deadline, results);
            } catch (IOException | RuntimeException e) {
                GraphFailure failure = GraphFailure.fromException(GraphCall.BATCH, e);
                pending.forEach(call -> results.failures.put(call, failure));
                return;
            }
            pending.removeIf(call -> results.bodies.containsKey(call) || !retryable(call, results.failures.get(call)));
            if (pending.isEmpty() || retryAfter.isEmpty()) {
                return;
            }
            Duration wait = retryAfter.get();
            if (deadline.remaining().compareTo(wait.plus(MIN_ROUND_TRIP)) < 0) {
                return; // the throttled failures stand: no time left to wait for Graph
            }
            try {
                Thread.sleep(wait.toMillis(), (int) (wait.toNanosPart() % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            pending.forEach(results.failures::remove);
        }
    }

    /** Only a throttled call the lookup cannot do without is worth waiting for. */
    private static boolean retryable(GraphCall call, GraphFailure failure) {
        return call.required() && failure != null && failure.kind() == FailureKind.THROTTLED;
    }

    /**
     * Sends one batch and files each inner answer under its call.
     *
     * @return the longest {@code Retry-After} among throttled answers worth retrying, when there is any
     */
    private Optional<Duration> round(BatchRequestContent batch, Map<String, GraphCall> steps, Deadline deadline,
            Results results) throws IOException {
        RequestInformation post = client.getBatchRequestBuilder().toPostRequestInformation(batch);
        post.addRequestOptions(List.of(deadline));
        NativeResponseHandler handler = new NativeResponseHandler();
        post.setResponseHandler(handler);
        client.getRequestAdapter().sendPrimitive(post, null, InputStream.class);
        try (Response outer = (Response) handler.getValue()) {
            String requestId = outer.header("request-id");
            if (requestId != null) {
                results.requestIds.add(requestId);
            }
            if (outer.code() != 200) {
                GraphFailure failure = GraphFailure.fromStatus(GraphCall.BATCH, outer.code(), errorCode(outer),
                        Optional.ofNullable(outer.header("Retry-After")));
                steps.values().forEach(call -> results.failures.put(call, failure));
                return failure.kind() == FailureKind.THROTTLED
                        ? Optional.of(failure.retryAfter().orElse(DEFAULT_RETRY_AFTER))
                        : Optional.empty();
            }
            return fileAnswers(new BatchResponseContent(outer), steps, results);
        }
    }

    private Optional<Duration> fileAnswers(BatchResponseContent content, Map<String, GraphCall> steps,
            Results results) throws IOException {
        Map<String, Integer> statuses = content.getResponsesStatusCode();
        Optional<Duration> longestRetryAfter = Optional.empty();
        for (Map.Entry<String, GraphCall> step : steps.entrySet()) {
            GraphCall call = step.getValue();
            Integer status = statuses.get(step.getKey());
            if (status == null) {
                results.failures.put(call, GraphFailure.fromStatus(call, 502, Optional.of("missingBatchResponse"),
                        Optional.empty()));
            } else if (BatchResponseContent.isSuccessStatusCode(status)) {
                results.bodies.put(call, content.getResponseById(step.getKey(), factory(call)));
            } else {
                Response inner = content.getResponseById(step.getKey());
                GraphFailure failure = GraphFailure.fromStatus(call, status, errorCode(inner),
                        Optional.ofNullable(inner.header("Retry-After")));
                results.failures.put(call, failure);
                if (retryable(call, failure)) {
                    Duration wait = failure.retryAfter().orElse(DEFAULT_RETRY_AFTER);
                    longestRetryAfter = Optional.of(longestRetryAfter.filter(w -> w.compareTo(wait) > 0).orElse(wait));
                }
            }
        }
        return longestRetryAfter;
    }

    private DirectoryAnswer answer(String userPrincipalName, Results results, boolean tenantRefresh) {
        List<String> ids = results.requestIds;
        GraphFailure userFailure = results.failures.get(GraphCall.USER);
        if (userFailure != null && userFailure.kind() == FailureKind.NOT_FOUND) {
            // An everyday answer, not a failure: its 404s (the user's and those of the calls that hang on the
            // user) would drown real failures in the log and overwrite the health page's latest failure.
            Log.debugf("No such user in the directory (Graph request ids %s)", ids);
            return new DirectoryAnswer.NotFound(ids);
        }
        results.failures.values().forEach(health::failed);
        for (GraphFailure failure : results.failures.values()) {
            if (failure.call().reportsApi() && failure.kind() == FailureKind.THROTTLED) {
                // A reports API throttled us despite the budget (another replica, say): pause it.
                reportsBudget.throttled(failure);
            }
        }
        for (GraphCall call : List.of(GraphCall.USER, GraphCall.ADMIN_ROLES)) {
            GraphFailure failure = results.failures.get(call);
            if (failure != null) {
                return new DirectoryAnswer.Unavailable(failure.describe(), ids);
            }
        }
        Optional<TenantFacts> tenant = tenantRefresh ? tenantFrom(results) : Optional.empty();
        if (tenant.isEmpty()) {
            tenant = tenantCache.current();
        }
        if (tenant.isEmpty()) {
            String cause = results.failures.entrySet().stream()
                    .filter(e -> e.getKey().required())
                    .map(e -> e.getValue().describe()).findFirst().orElse("organisation facts unknown");
            return new DirectoryAnswer.Unavailable(cause, ids);
        }
        User user = (User) results.bodies.get(GraphCall.USER);
        DirectoryRoles roles = roles(results);
        health.rolesUnreadable(roles.unreadable());
        RegistrationFacts registration = registration(user, userPrincipalName, results);
        registration.report().ifPresent(report -> health.compareAdminSignals(roles, report));
        UserFacts facts = GraphFacts.user(user, roles, registration, memberships(results))
                .withSsprLockout(lockouts.lockoutOf(user.getId()));
        return new DirectoryAnswer.Found(facts, tenant.get(), ids);
    }

    private Optional<TenantFacts> tenantFrom(Results results) {
        Optional<TenantFacts> facts = tenantReads.update(results.bodies);
        results.tenantUpdated = facts.isPresent();
        return facts;
    }

    /** The user's roles, role objects Graph left without template id and name resolved through the activated roles. */
    private DirectoryRoles roles(Results results) {
        var response = (DirectoryRoleCollectionResponse) results.bodies.get(GraphCall.ADMIN_ROLES);
        List<DirectoryObject> roleObjects = response.getValue() == null ? List.of() : List.copyOf(response.getValue());
        return tenantCache.activatedRoles().orElse(ActivatedRoles.none()).held(roleObjects);
    }

    /**
     * Which declared groups the user belongs to, as {@code checkMemberGroups} answered (a subset of the ids asked
     * for); empty when none were declared or the step failed, so that the group checks stay silent.
     */
    private static Optional<Set<String>> memberships(Results results) {
        var answer = (CheckMemberGroupsPostResponse) results.bodies.get(GraphCall.MEMBER_GROUPS);
        return Optional.ofNullable(answer).map(response -> Set.copyOf(GraphFacts.nonNull(response.getValue())));
    }

    /**
     * The registration facts as the report knows them, with what the audit log says since the report row, and the
     * live methods when this batch read them (kept for a retry) or a recent look did.
     */
    private RegistrationFacts registration(User user, String userPrincipalName, Results results) {
        RegistrationFacts reported = reportedRegistration(user, results);
        if (reported.report().isPresent()) {
            reported = reported.withActivity(activity.activitySince(Optional.of(user.getId()), userPrincipalName,
                    reported.report().get().updatedAt()));
        }
        var live = (AuthenticationMethodCollectionResponse) results.bodies.get(GraphCall.AUTHENTICATION_METHODS);
        if (live != null) {
            Set<AuthMethod> methods = GraphFacts.liveMethods(live);
            liveLooks.remember(user.getId(), Optional.of(userPrincipalName), methods);
            return reported.withLiveMethods(methods);
        }
        Optional<Set<AuthMethod>> cached = liveLooks.byObjectId(user.getId());
        if (cached.isPresent()) {
            return reported.withLiveMethods(cached.get());
        }
        if (reported.activity() == RegistrationActivity.NONE_SINCE_REPORT) {
            feedDecided.remember(userPrincipalName);
        }
        return reported;
    }

    /** The mirror's row by object id first; else the row this batch read; else nothing known. */
    private RegistrationFacts reportedRegistration(User user, Results results) {
        Optional<RegistrationReport> mirrored = mirror.byObjectId(user.getId());
        if (mirrored.isPresent()) {
            return RegistrationFacts.fromReport(mirrored.get());
        }
        var rows = (UserRegistrationDetailsCollectionResponse) results.bodies.get(GraphCall.REGISTRATION_ROW);
        if (rows != null && rows.getValue() != null) {
            for (UserRegistrationDetails row : rows.getValue()) {
                if (user.getId().equalsIgnoreCase(row.getId())) {
                    return RegistrationFacts.fromReport(GraphFacts.report(row));
                }
            }
        }
        return RegistrationFacts.unknown();
    }

    private RequestInformation request(GraphCall call, String upn) {
        RequestAdapter adapter = client.getRequestAdapter();
        // Addressed by UPN through UserAddress ($-prefixed UPNs, #EXT#, quotes): the SDK's path template would write
        // a $-prefixed UPN as a plain segment, which Graph reads as a system segment, and a builder made from a URL of
        // our own takes no query options, so these requests carry their query in the URL.
        String user = baseUrl + UserAddress.userPath(upn);
        return switch (call) {
            case USER -> new com.microsoft.graph.users.item.UserItemRequestBuilder(
                    user + "?$select=" + String.join(",", GraphFacts.USER_SELECT), adapter).toGetRequestInformation();
            case ADMIN_ROLES -> {
                // The cast needs advanced query capabilities: ConsistencyLevel: eventual and $count=true.
                var info = new com.microsoft.graph.users.item.transitivememberof.graphdirectoryrole.GraphDirectoryRoleRequestBuilder(
                        user + "/transitiveMemberOf/microsoft.graph.directoryRole?$count=true&$select="
                                + String.join(",", ActivatedRoles.SELECT),
                        adapter).toGetRequestInformation();
                info.headers.add("ConsistencyLevel", "eventual");
                yield info;
            }
            case MEMBER_GROUPS -> {
                var body = new CheckMemberGroupsPostRequestBody();
                body.setGroupIds(List.copyOf(tenantCache.policy().declaredGroupIds()));
                yield new CheckMemberGroupsRequestBuilder(user + "/checkMemberGroups", adapter).toPostRequestInformation(body);
            }
            case REGISTRATION_ROW -> client.reports().authenticationMethods().userRegistrationDetails()
                    .toGetRequestInformation(config -> config.queryParameters.filter = "userPrincipalName eq '"
                            + UserAddress.odataLiteral(upn) + "'");
            case AUTHENTICATION_METHODS -> new com.microsoft.graph.users.item.authentication.methods.MethodsRequestBuilder(
                    user + "/authentication/methods", adapter).toGetRequestInformation();
            case ORGANIZATION, AUTHORIZATION_POLICY, SUBSCRIBED_SKUS, DIRECTORY_ROLES, DOMAINS -> tenantReads.request(call);
            default -> throw new IllegalArgumentException(call + " does not travel in the lookup batch");
        };
    }

    private static ParsableFactory<? extends Parsable> factory(GraphCall call) {
        return switch (call) {
            case USER -> User::createFromDiscriminatorValue;
            case ADMIN_ROLES -> DirectoryRoleCollectionResponse::createFromDiscriminatorValue;
            case MEMBER_GROUPS -> CheckMemberGroupsPostResponse::createFromDiscriminatorValue;
            case REGISTRATION_ROW -> UserRegistrationDetailsCollectionResponse::createFromDiscriminatorValue;
            case AUTHENTICATION_METHODS -> AuthenticationMethodCollectionResponse::createFromDiscriminatorValue;
            case ORGANIZATION, AUTHORIZATION_POLICY, SUBSCRIBED_SKUS, DIRECTORY_ROLES, DOMAINS -> TenantReads.factory(call);
            default -> throw new IllegalArgumentException(call.name());
        };
    }

    /** Graph's {@code error.code} from an error body, if it has one. */
    private static Optional<String> errorCode(Response response) {
        try {
            if (response.body() == null) {
                return Optional.empty();
            }
            JsonNode code = JSON.readTree(response.body().string()).path("error").path("code");
            return code.isTextual() ? Optional.of(code.asText()) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
