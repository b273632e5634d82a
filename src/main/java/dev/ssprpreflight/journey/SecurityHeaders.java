package dev.ssprpreflight.journey;

import java.net.URI;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ssprpreflight.web.BrandingConfig;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Security headers on every response of this application: the journey, error pages, static files,
 * and any page added later (the admin console), because it is a Vert.x filter ahead of all routes
 * rather than a JAX-RS filter that only sees resource methods.
 * <p>
 * The Content-Security-Policy allows nothing inline: scripts and styles come from this site only,
 * scripts may fetch from this site only,
 * and pages may not be framed. Forms may post to this site, the reset portal and the console's
 * identity provider, because
 * browsers apply {@code form-action} to the redirect that follows a submission too.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** Ahead of Quarkus's own handlers, so that even its error responses carry the headers. */
    private static final int PRIORITY = 1000;

    private final SecurityHeadersConfig config;
    private final String contentSecurityPolicy;
    private final String strictTransportSecurity;

    SecurityHeaders(SecurityHeadersConfig config, PortalConfig portal, BrandingConfig branding,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> identityProvider) {
        this.config = config;
        String images = "'self'" + branding.logoUrl().flatMap(SecurityHeaders::origin).map(o -> " " + o).orElse("");
        // The console's sign-out form is answered with a redirect to the identity provider's end-session page.
        String forms = "'self'" + origin(portal.url().toString()).map(o -> " " + o).orElse("")
                + identityProvider.flatMap(SecurityHeaders::origin).map(o -> " " + o).orElse("");
        // connect-src: the console's scan page polls its progress JSON from this site (fetch).
        this.contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src "
                + images
                + "; form-action " + forms + "; frame-ancestors 'none'; base-uri 'none'";
        this.strictTransportSecurity = "max-age=" + config.hstsMaxAge().toSeconds()
                + (config.hstsIncludeSubdomains() ? "; includeSubDomains" : "");
    }

    void register(@Observes Filters filters) {
        filters.register(this::addHeaders, PRIORITY);
    }

    private void addHeaders(RoutingContext context) {
        // Whether the client used HTTPS; behind a trusted proxy Quarkus takes it from X-Forwarded-Proto.
        boolean secure = "https".equalsIgnoreCase(context.request().scheme());
        context.addHeadersEndHandler(ignored -> {
            HttpServerResponse response = context.response();
            response.headers()
                    .set("Content-Security-Policy", contentSecurityPolicy)
                    .set("X-Frame-Options", "DENY")
                    .set("X-Content-Type-Options", "nosniff")
                    .set("Referrer-Policy", "no-referrer")
                    .set("Permissions-Policy", config.permissionsPolicy())
                    .set("Cross-Origin-Opener-Policy", "same-origin");
            // RFC 6797: HSTS only over a secure transport; browsers ignore it on plain HTTP anyway.
            if (secure && config.hsts()) {
                response.headers().set("Strict-Transport-Security", strictTransportSecurity);
            }
            // Pages hold CSRF tokens, usernames and reference codes: not for shared caches or the back button.
            String type = response.headers().get("Content-Type");
            if (type != null && type.startsWith("text/html") && !response.headers().contains("Cache-Control")) {
                response.headers().set("Cache-Control", "no-store");
            }
        });
        context.next();
    }

    /** {@code scheme://host[:port]} of an absolute http(s) URL, for a CSP source list. */
    static Optional<String> origin(String url) {
        try {
            URI uri = URI.create(url);
            if (uri.getScheme() == null || uri.getHost() == null
                    || !(uri.getScheme().equalsIgnoreCase("https") || uri.getScheme().equalsIgnoreCase("http"))) {
                return Optional.empty();
            }
            return Optional.of(uri.getScheme().toLowerCase() + "://" + uri.getHost().toLowerCase()
                    + (uri.getPort() >= 0 ? ":" + uri.getPort() : ""));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
