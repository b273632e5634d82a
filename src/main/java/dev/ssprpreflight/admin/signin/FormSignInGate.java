package dev.ssprpreflight.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes Quarkus's form sign-in ({@code POST /j_security_check}) unless the demo sign-in is on. Form
 * authentication is a build-time choice ({@code quarkus.http.auth.form.enabled}), so the packaged application
 * carries it in every profile; this route answers 404 before Quarkus's authentication handler sees any
 * credentials. Behind it, {@link DemoIdentityProvider} and {@link DemoSessionIdentityProvider} refuse every
 * password and every session cookie while the demo sign-in is off.
 */
@ApplicationScoped
public class FormSignInGate {

    /** Ahead of {@link SignInOriginCheck}, itself ahead of Quarkus's authentication handler. */
    private static final int BEFORE_ORIGIN_CHECK = -1001;

    private final DemoSignIn demo;

    FormSignInGate(DemoSignIn demo) {
        this.demo = demo;
    }

    void register(@Observes Router router) {
        router.route(SignInOriginCheck.SIGN_IN_POST).order(BEFORE_ORIGIN_CHECK).handler(this::check);
    }

    private void check(RoutingContext context) {
        if (!demo.enabled()) {
            context.response().setStatusCode(404).putHeader("Content-Type", "text/plain; charset=utf-8")
                    .end("Not found.");
            return;
        }
        context.next();
    }
}
