package dev.ssprpreflight.directory.graph;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import com.github.tomakehurst.wiremock.matching.UrlPathPattern;

/**
 * A local Microsoft Graph and Entra token endpoint on dynamic ports: Graph over http (the SDK allows
 * plain http for localhost), the token endpoint over https with a self-signed certificate that the JVM
 * is told to trust (azure-identity refuses an http authority) until the fake stops; see
 * {@link TestTrustStore} for why that cannot disturb other tests in the same JVM.
 */
final class FakeGraph {

    static final String TENANT_ID = "b5d7e2a4-0000-4000-8000-00000000c0de";
    static final String CLIENT_ID = "11111111-2222-3333-4444-555555555555";
    static final String CLIENT_SECRET = "test-secret-not-real";
    static final String ACCESS_TOKEN = "fake-access-token";

    final WireMockServer server;
    private final TestTrustStore trust;

    FakeGraph(Extension... more) {
        this(true, more);
    }

    /**
     * A fake that keeps no request journal: for benchmarks, where the journal would hold every response
     * body in the measured JVM's heap.
     */
    static FakeGraph withoutJournal(Extension... more) {
        return new FakeGraph(false, more);
    }

    private FakeGraph(boolean journal, Extension... more) {
        AtomicInteger port = new AtomicInteger();
        Extension[] extensions = new Extension[more.length + 1];
        extensions[0] = new BatchExecutingTransformer(port::get);
        System.arraycopy(more, 0, extensions, 1, more.length);
        String keystore = FakeGraph.class.getResource("/graph/fake-graph-tls.p12").getPath();
        var options = options().dynamicPort().dynamicHttpsPort()
                .keystorePath(keystore).keystorePassword("changeit").keyManagerPassword("changeit").keystoreType("PKCS12")
                .containerThreads(64).asynchronousResponseEnabled(true).asynchronousResponseThreads(16)
                .extensions(extensions);
        server = new WireMockServer(journal ? options : options.disableRequestJournal());
        server.start();
        port.set(server.port());
        trust = TestTrustStore.install(Path.of(FakeGraph.class.getResource("/graph/fake-graph-trust.p12").getPath()));
        stubDefaults();
    }

    /** Forgets every stub and request, then stubs what a test starts with (see {@link #stubDefaults()}). */
    void reset() {
        server.resetAll();
        stubDefaults();
    }

    /** Stubs every test starts with: the client-secret token endpoint and the batch endpoint for its token. */
    void stubDefaults() {
        server.stubFor(post(urlPathEqualTo("/" + TENANT_ID + "/oauth2/v2.0/token"))
                .withRequestBody(containing("client_secret=" + CLIENT_SECRET))
                .willReturn(tokenResponse(ACCESS_TOKEN)));
        stubBatch(ACCESS_TOKEN);
    }

    /** Entra's answer to a client-credentials token request. */
    static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder tokenResponse(String accessToken) {
        return okJson("{\"token_type\":\"Bearer\",\"expires_in\":3599,\"ext_expires_in\":3599,"
                + "\"access_token\":\"" + accessToken + "\"}");
    }

    /** {@code $batch}, executed by {@link BatchExecutingTransformer}, for requests that carry this token only. */
    void stubBatch(String accessToken) {
        server.stubFor(post(urlEqualTo("/v1.0/$batch"))
                .withHeader("Authorization", equalTo("Bearer " + accessToken))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withHeader("request-id", "batch-request-id").withTransformers(BatchExecutingTransformer.NAME)));
    }

    /** The object id of the one activated role of {@link #stubTenant}, Global Administrator. */
    static final String GLOBAL_ADMIN_ROLE_ID = "21004afc-7bb2-4fe6-a1e1-074ebd3e52c1";

    /**
     * The organisation, its authorization policy, its subscriptions (Entra ID P1 in force) and its activated
     * directory roles (Global Administrator), as the lookup batch reads them with the tenant facts.
     */
    void stubTenant(boolean synced, java.time.Instant lastSync, boolean allowedToUseSspr) {
        server.stubFor(get(urlPathEqualTo("/v1.0/organization")).willReturn(okJson(GraphJson.organization(synced, lastSync))));
        server.stubFor(get(urlEqualTo("/v1.0/policies/authorizationPolicy"))
                .willReturn(okJson(GraphJson.authorizationPolicy(allowedToUseSspr))));
        stubSubscribedSkus(GraphJson.entraIdP1InForce());
        server.stubFor(get(urlPathEqualTo("/v1.0/directoryRoles"))
                .willReturn(okJson(GraphJson.activatedRoles(GLOBAL_ADMIN_ROLE_ID, GraphJson.GLOBAL_ADMIN))));
    }

    /** {@code GET /subscribedSkus} with these entries. */
    void stubSubscribedSkus(String... skus) {
        server.stubFor(get(urlPathEqualTo("/v1.0/subscribedSkus")).willReturn(okJson(GraphJson.subscribedSkus(skus))));
    }

    /** The user (with the checks' $select) and their directory roles, addressed as the adapter addresses them. */
    void stubUser(GraphJson.UserJson user, String... roleTemplateIds) {
        stubUserWithRoles(user, GraphJson.roles(roleTemplateIds));
    }

    /** The user and their role objects as {@code rolesJson} gives them ({@link GraphJson#limitedRoles}, say). */
    void stubUserWithRoles(GraphJson.UserJson user, String rolesJson) {
        String path = "/v1.0" + UserAddress.userPath(user.upn());
        server.stubFor(get(urlPathEqualTo(path)).withQueryParam("$select", containing("assignedPlans"))
                .willReturn(okJson(user.json())));
        server.stubFor(get(urlPathEqualTo(path + "/transitiveMemberOf/microsoft.graph.directoryRole"))
                .withHeader("ConsistencyLevel", equalTo("eventual"))
                .willReturn(okJson(rolesJson)));
    }

    /**
     * {@code POST /users/{upn}/checkMemberGroups}: for a request that asks about exactly {@code askedGroupIds}, in any
     * order, the subset {@code memberOf}.
     */
    void stubMemberGroups(String upn, List<String> askedGroupIds, String... memberOf) {
        var body = com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.groupIds.length()",
                equalTo(String.valueOf(askedGroupIds.size())));
        var request = post(urlPathEqualTo("/v1.0" + UserAddress.userPath(upn) + "/checkMemberGroups")).withRequestBody(body);
        for (String id : askedGroupIds) {
            request = request.withRequestBody(
                    com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath("$.groupIds[?(@ == '" + id + "')]"));
        }
        server.stubFor(request.willReturn(okJson(GraphJson.memberGroups(memberOf))));
    }

    /** The user's row of the registration report, as the lookup batch asks for it when the mirror lacks it. */
    void stubReportRow(String upn, String rowJson) {
        server.stubFor(get(urlPathEqualTo("/v1.0/reports/authenticationMethods/userRegistrationDetails"))
                .withQueryParam("$filter", equalTo("userPrincipalName eq '" + upn.replace("'", "''") + "'"))
                .willReturn(okJson(GraphJson.registrationPage(rowJson == null ? java.util.List.of()
                        : java.util.List.of(rowJson), null))));
    }

    // The readiness scan's lists (GraphTenantListing).

    /**
     * {@code GET /users?$select=...&$top=999} in pages linked by {@code @odata.nextLink}
     * ({@code $skiptoken=page2}, ...); the first page is the one without a skip token.
     */
    void stubUsersPages(List<List<GraphJson.UserJson>> pages) {
        for (int i = 0; i < pages.size(); i++) {
            String next = i + 1 < pages.size() ? baseUrl() + "/users?$top=999&$skiptoken=" + token(i + 1) : null;
            server.stubFor(pageOf(get(urlPathEqualTo("/v1.0/users")), i)
                    .willReturn(okJson(GraphJson.usersPage(pages.get(i), next))));
        }
    }

    /**
     * What an application started on its own (a packaged replica, a benchmark's app) needs to use this fake as its
     * Graph and its Entra ID: the Graph directory with a client secret. The caller adds the rest of its settings.
     */
    public Map<String, String> applicationSettings() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("sspr.directory", "graph");
        settings.put("sspr.graph.base-url", baseUrl());
        settings.put("sspr.graph.authority-host", authorityHost());
        settings.put("sspr.graph.credential", "client-secret");
        settings.put("sspr.graph.tenant-id", TENANT_ID);
        settings.put("sspr.graph.client-id", CLIENT_ID);
        settings.put("sspr.graph.client-secret", CLIENT_SECRET);
        return settings;
    }

    /**
     * {@code /groups/{id}/transitiveMembers/microsoft.graph.user}, also as {@code .../graph.user}: Graph's documents
     * write the cast with the namespace, the SDK's request builders with its alias {@code graph}, as Microsoft's own
     * SDK snippets do (microsoft-graph-docs-contrib, api-reference/v1.0/includes/snippets/go/
     * get-group-transitivemembers-odatacast-go-snippets.md: {@code TransitiveMembers().GraphGroup()}); Graph takes
     * both.
     */
    static UrlPathPattern groupUsers(String groupId) {
        return urlPathMatching("/v1\\.0/groups/" + Pattern.quote(groupId) + "/transitiveMembers/(microsoft\\.)?graph\\.user");
    }

    /** {@code /groups/{id}/transitiveMembers/microsoft.graph.user/$count}, either spelling of the cast. */
    static UrlPathPattern groupUsersCount(String groupId) {
        return urlPathMatching("/v1\\.0/groups/" + Pattern.quote(groupId)
                + "/transitiveMembers/(microsoft\\.)?graph\\.user/\\$count");
    }

    /** The users among a group's transitive members, in pages; only with the advanced-query header and $count. */
    void stubGroupUsersPages(String groupId, List<List<GraphJson.UserJson>> pages) {
        String path = "/groups/" + groupId + "/transitiveMembers/microsoft.graph.user";
        int count = pages.stream().mapToInt(List::size).sum();
        for (int i = 0; i < pages.size(); i++) {
            String next = i + 1 < pages.size() ? baseUrl() + path + "?$count=true&$top=999&$skiptoken=" + token(i + 1)
                    : null;
            server.stubFor(pageOf(get(groupUsers(groupId)), i)
                    .withHeader("ConsistencyLevel", equalTo("eventual")).withQueryParam("$count", equalTo("true"))
                    .willReturn(okJson(GraphJson.groupUsersPage(pages.get(i), count, next))));
        }
    }

    /** Activated directory roles and their members, by role object id; empty for a tenant without role holders. */
    void stubRoles(Map<String, String> templateByRoleId, Map<String, List<String>> userIdsByRoleId,
            Map<String, List<String>> groupIdsByRoleId) {
        String[] pairs = templateByRoleId.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
                .toArray(String[]::new);
        server.stubFor(get(urlPathEqualTo("/v1.0/directoryRoles")).willReturn(okJson(GraphJson.activatedRoles(pairs))));
        for (String roleId : templateByRoleId.keySet()) {
            server.stubFor(get(urlPathEqualTo("/v1.0/directoryRoles/" + roleId + "/members"))
                    .willReturn(okJson(GraphJson.roleMembers(userIdsByRoleId.getOrDefault(roleId, List.of()),
                            groupIdsByRoleId.getOrDefault(roleId, List.of())))));
        }
    }

    /** The user ids among a (role-assignable) group's transitive members. */
    void stubRoleGroup(String groupId, List<String> userIds) {
        server.stubFor(get(groupUsers(groupId))
                .withHeader("ConsistencyLevel", equalTo("eventual")).withQueryParam("$count", equalTo("true"))
                .willReturn(okJson(GraphJson.groupUserIdsPage(userIds, null))));
    }

    /** {@code /users/$count}: a bare number as text/plain, and only with the advanced-query header. */
    void stubUserCount(long count) {
        server.stubFor(get(urlEqualTo("/v1.0/users/$count")).withHeader("ConsistencyLevel", equalTo("eventual"))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "text/plain").withBody(count + "")));
    }

    private static com.github.tomakehurst.wiremock.client.MappingBuilder pageOf(
            com.github.tomakehurst.wiremock.client.MappingBuilder request, int page) {
        return page == 0 ? request.withQueryParam("$skiptoken", absent())
                : request.withQueryParam("$skiptoken", equalTo(token(page)));
    }

    private static String token(int page) {
        return "page" + (page + 1);
    }

    // The registration feed's audit log (RegistrationFeed).

    /**
     * {@code GET /auditLogs/directoryAudits?$filter=<filter>&$top=500} in pages linked by {@code @odata.nextLink}
     * ({@code $skiptoken=<tokenPrefix>2}, ...); the first page is the one without a skip token.
     */
    void stubDirectoryAudits(String filter, String tokenPrefix, List<List<GraphJson.AuditJson>> pages) {
        for (int i = 0; i < pages.size(); i++) {
            String next = i + 1 < pages.size()
                    ? baseUrl() + "/auditLogs/directoryAudits?$top=500&$skiptoken=" + tokenPrefix + (i + 2)
                    : null;
            var request = get(urlPathEqualTo("/v1.0/auditLogs/directoryAudits"));
            request = i == 0 ? request.withQueryParam("$filter", equalTo(filter)).withQueryParam("$top", equalTo("500"))
                    .withQueryParam("$skiptoken", absent())
                    : request.withQueryParam("$skiptoken", equalTo(tokenPrefix + (i + 1)));
            server.stubFor(request.willReturn(okJson(GraphJson.directoryAuditsPage(pages.get(i), next))));
        }
    }

    String baseUrl() {
        return "http://localhost:" + server.port() + "/v1.0";
    }

    String authorityHost() {
        return "https://localhost:" + server.httpsPort();
    }

    /**
     * The trust store this JVM uses while the fake runs (its usual authorities plus the fake's certificate), PKCS#12
     * with the password {@link TestTrustStore#PASSWORD}: for a child JVM that talks to the fake.
     */
    Path trustStore() {
        return trust.path();
    }

    void stop() {
        server.stop();
        trust.close();
    }
}
