package dev.ssprpreflight.directory.graph;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import com.azure.core.credential.TokenCredential;
import com.microsoft.graph.core.authentication.AzureIdentityAuthenticationProvider;
import com.microsoft.graph.core.requests.GraphClientFactory;
import com.microsoft.graph.serviceclient.GraphServiceClient;
import com.microsoft.kiota.RequestOption;
import com.microsoft.kiota.http.middleware.options.RetryHandlerOption;

import okhttp3.OkHttpClient;

/**
 * Builds the {@link GraphServiceClient} for the configured base URL, with the SDK's defaults changed
 * where they fight the check's time budget.
 */
final class GraphClientBuilder {

    /** Microsoft Graph hosts of the public and national clouds; their tokens are scoped to themselves. */
    private static final Set<String> GRAPH_HOSTS = Set.of("graph.microsoft.com", "graph.microsoft.us",
            "dod-graph.microsoft.us", "microsoftgraph.chinacloudapi.cn");

    private GraphClientBuilder() {
    }

    /**
     * @param budget the check's total budget: no single HTTP call may outlive it
     */
    static GraphServiceClient create(GraphConfig config, TokenCredential credential, Duration budget) {
        URI baseUrl = validBaseUrl(config.baseUrl());
        String scope = scope(config);
        // The SDK's default provider only attaches the token for Microsoft's own hosts; a national-cloud
        // alias or a private endpoint would silently get requests without Authorization.
        var authentication = new AzureIdentityAuthenticationProvider(credential, new String[] { baseUrl.getHost() },
                scope);
        // The default retry handler waits up to minutes on 429/503; the adapter retries itself, only
        // within the check's budget, so the SDK must not.
        RequestOption[] options = { new RetryHandlerOption((delay, attempt, request, response) -> false, 0, 0) };
        OkHttpClient http = GraphClientFactory.create(options)
                .addInterceptor(new Deadline.Interceptor())
                .addInterceptor(new GraphHttpMetrics())
                // Backstops for calls without a deadline (the mirror): the SDK's 100 s are far too long.
                .connectTimeout(budget)
                .readTimeout(budget.multipliedBy(3))
                .callTimeout(budget.multipliedBy(4))
                .build();
        GraphServiceClient client = new GraphServiceClient(authentication, http);
        client.getRequestAdapter().setBaseUrl(stripTrailingSlash(baseUrl.toString()));
        return client;
    }

    private static URI validBaseUrl(URI baseUrl) {
        String scheme = baseUrl.getScheme() == null ? "" : baseUrl.getScheme().toLowerCase(Locale.ROOT);
        boolean local = "localhost".equalsIgnoreCase(baseUrl.getHost()) || "127.0.0.1".equals(baseUrl.getHost());
        if (baseUrl.getHost() == null || !(scheme.equals("https") || (scheme.equals("http") && local))) {
            throw new IllegalStateException("sspr.graph.base-url=" + baseUrl + " is not an https URL: put Graph's root "
                    + "there, e.g. https://graph.microsoft.com/v1.0 (plain http only for localhost)");
        }
        // JSON batching builds the inner relative URLs by cutting the first five characters of the path.
        if (!stripTrailingSlash(baseUrl.getPath()).equals("/v1.0")) {
            throw new IllegalStateException("sspr.graph.base-url=" + baseUrl + " must have the path /v1.0 and nothing "
                    + "else, e.g. https://graph.microsoft.us/v1.0; JSON batching of the SDK relies on it");
        }
        return baseUrl;
    }

    /** The token scope: configured, or {@code https://<Graph host>/.default}. */
    static String scope(GraphConfig config) {
        return config.scope().orElseGet(() -> defaultScope(config.baseUrl()));
    }

    private static String defaultScope(URI baseUrl) {
        String host = baseUrl.getHost().toLowerCase(Locale.ROOT);
        String resource = GRAPH_HOSTS.contains(host) ? "https://" + host : "https://graph.microsoft.com";
        return resource + "/.default";
    }

    private static String stripTrailingSlash(String value) {
        return value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
    }
}
