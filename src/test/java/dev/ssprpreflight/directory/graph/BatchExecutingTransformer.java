package dev.ssprpreflight.directory.graph;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.IntSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseTransformerV2;
import com.github.tomakehurst.wiremock.http.Response;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

/**
 * Plays Graph's {@code $batch}: every inner request is sent to this same WireMock server as a real
 * request (so ordinary stubs answer it and the request journal shows its exact URL and headers), and
 * the answers are put together under the ids the SDK chose. Like Graph, it answers out of order: in
 * reverse order of the requests. Inner requests carry {@link #INNER_HEADER}, so that tests and the
 * benchmark can tell them from requests the adapter sent itself.
 */
final class BatchExecutingTransformer implements ResponseTransformerV2 {

    static final String NAME = "graph-batch";
    /** Marks a request the fake sent to itself while executing a {@code $batch}. */
    static final String INNER_HEADER = "X-Fake-Graph-Batch-Step";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final IntSupplier port;
    private final HttpClient http = HttpClient.newHttpClient();

    BatchExecutingTransformer(IntSupplier port) {
        this.port = port;
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
        try {
            JsonNode batch = JSON.readTree(serveEvent.getRequest().getBodyAsString());
            // Like Graph, it runs the steps side by side (none of ours depends on another).
            List<JsonNode> steps = new ArrayList<>();
            List<CompletableFuture<HttpResponse<String>>> sent = new ArrayList<>();
            for (JsonNode request : batch.path("requests")) {
                steps.add(request);
                sent.add(http.sendAsync(inner(request), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
            }
            List<ObjectNode> answers = new ArrayList<>();
            for (int i = 0; i < steps.size(); i++) {
                answers.add(answer(steps.get(i), sent.get(i).get()));
            }
            Collections.reverse(answers);
            ObjectNode body = JSON.createObjectNode();
            ArrayNode responses = body.putArray("responses");
            answers.forEach(responses::add);
            return Response.Builder.like(response).but().body(JSON.writeValueAsBytes(body)).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest inner(JsonNode request) throws IOException {
        // A JSON body (POST checkMemberGroups) travels inside the step as JSON, as the batch format has it.
        JsonNode body = request.path("body");
        HttpRequest.BodyPublisher publisher = body.isMissingNode() || body.isNull() ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.isTextual() ? body.asText() : JSON.writeValueAsString(body),
                        StandardCharsets.UTF_8);
        HttpRequest.Builder inner = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port.getAsInt() + "/v1.0" + request.path("url").asText()))
                .method(request.path("method").asText("GET"), publisher)
                .header(INNER_HEADER, request.path("id").asText());
        for (Map.Entry<String, JsonNode> header : request.path("headers").properties()) {
            inner.header(header.getKey(), header.getValue().asText());
        }
        return inner.build();
    }

    private static ObjectNode answer(JsonNode request, HttpResponse<String> answer) {
        ObjectNode item = JSON.createObjectNode();
        item.put("id", request.path("id").asText());
        item.put("status", answer.statusCode());
        ObjectNode headers = item.putObject("headers");
        answer.headers().map().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("content-length") && !name.equalsIgnoreCase("date")
                    && !name.equalsIgnoreCase("transfer-encoding") && !name.equalsIgnoreCase("matched-stub-id")) {
                headers.put(name, values.get(0));
            }
        });
        if (!answer.body().isEmpty()) {
            try {
                item.set("body", JSON.readTree(answer.body()));
            } catch (IOException notJson) {
                // WireMock's own "no stub matched" page: pass it on as text, as Graph would a non-JSON body.
                item.put("body", answer.body());
            }
        }
        return item;
    }
}
