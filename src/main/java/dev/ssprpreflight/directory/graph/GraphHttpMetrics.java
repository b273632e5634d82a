package dev.ssprpreflight.directory.graph;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Times every HTTP request the adapter sends to Graph, tagged with the kind of call and the HTTP
 * status ({@code io-error} when none came back), as {@code sspr_graph_http_requests_seconds}. Inner
 * requests of a {@code $batch} are not separate HTTP requests; their statuses are counted by the
 * adapter's failure kinds. Registered in Micrometer's global registry, which Quarkus feeds into the
 * Prometheus endpoint, so that the adapter needs no metrics bean of its own.
 */
final class GraphHttpMetrics implements Interceptor {

    static final String NAME = "sspr.graph.http.requests";

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        long start = System.nanoTime();
        String status = "io-error";
        try {
            Response response = chain.proceed(request);
            status = Integer.toString(response.code());
            return response;
        } finally {
            Timer.builder(NAME)
                    .description("HTTP requests to Microsoft Graph")
                    .tag("call", kind(request.url().encodedPath()))
                    .tag("status", status)
                    .register(Metrics.globalRegistry)
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        }
    }

    /** A small, fixed set of tag values: never a username or an id from the path. */
    static String kind(String path) {
        if (path.endsWith("/$batch")) {
            return "batch";
        }
        if (path.contains("/reports/")) {
            return "report";
        }
        if (path.contains("/authentication/methods")) {
            return "methods";
        }
        return "other";
    }
}
