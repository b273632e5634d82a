package dev.ssprpreflight.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.net.HostAndPort;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a demo sign-in posted from another site (login CSRF: a page elsewhere signing the visitor in
 * to an account of the attacker's choosing). The form posts to Quarkus's own {@code /j_security_check},
 * which the console's CSRF token does not cover, so where the request comes from is checked instead:
 * browsers send {@code Sec-Fetch-Site} (and {@code Origin}) with every cross-site POST. A request without
 * either header comes from no browser page and passes, as it could not carry a victim's cookies anyway.
 */
@ApplicationScoped
public class SignInOriginCheck {

    /** Quarkus's form-authentication post location ({@code quarkus.http.auth.form.post-location}). */
    static final String SIGN_IN_POST = "/j_security_check";
    /**
     * A route of its own ahead of Quarkus's authentication handler, which answers the post itself; an ordinary
     * filter ({@code Filters}) runs after it, too late to refuse.
     */
    private static final int BEFORE_AUTHENTICATION = -1000;

    void register(@Observes Router router) {
        router.post(SIGN_IN_POST).order(BEFORE_AUTHENTICATION).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (fromAnotherSite(context)) {
            context.response().setStatusCode(403).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Sign-in refused: the form was sent from another site.");
            return;
        }
        context.next();
    }

    /**
     * {@code Sec-Fetch-Site} first: every current browser sends it, and it stays meaningful where
     * {@code Origin} does not (our pages' {@code Referrer-Policy: no-referrer} makes Chromium send
     * {@code Origin: null} even for the sign-in form's own post). Only without it is {@code Origin}
     * compared with this server's own origin.
     */
    private static boolean fromAnotherSite(RoutingContext context) {
        String fetchSite = context.request().getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            return !"same-origin".equalsIgnoreCase(fetchSite) && !"none".equalsIgnoreCase(fetchSite);
        }
        String origin = context.request().getHeader("Origin");
        if (origin == null || "null".equals(origin)) {
            return false;
        }
        // The authority, not the Host header: over HTTP/2 the host travels as :authority.
        HostAndPort authority = context.request().authority();
        String own = context.request().scheme() + "://" + authority.host()
                + (authority.port() > 0 ? ":" + authority.port() : "");
        return !origin.equalsIgnoreCase(own);
    }
}
