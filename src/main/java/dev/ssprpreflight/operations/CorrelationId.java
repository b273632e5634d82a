package dev.ssprpreflight.operations;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every request, and so every attempt, a correlation id: the load balancer's
 * {@code X-Request-Id} when it sent a sane one (ingress-nginx and Container Apps' Envoy do), a new
 * one otherwise. It goes into the logging context (field {@code correlationId} of the JSON logs)
 * and back to the client in the same header, so a support case can be matched with the logs.
 */
class CorrelationId {

    static final String HEADER = "X-Request-Id";
    static final String MDC_KEY = "correlationId";
    /** Anything else from the outside (control characters, huge values) could forge log lines. */
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{8,128}");

    @ServerRequestFilter(preMatching = true)
    void assign(ContainerRequestContext request) {
        String id = Optional.ofNullable(request.getHeaderString(HEADER))
                .filter(value -> SANE.matcher(value).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        request.setProperty(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
    }

    @ServerResponseFilter
    void echo(ContainerRequestContext request, ContainerResponseContext response) {
        Object id = request.getProperty(MDC_KEY);
        if (id != null) {
            response.getHeaders().putSingle(HEADER, id);
        }
        MDC.remove(MDC_KEY);
    }
}
