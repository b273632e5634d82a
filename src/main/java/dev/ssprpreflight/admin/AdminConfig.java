package dev.ssprpreflight.admin;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Who may use the console, and how they sign in. */
@ConfigMapping(prefix = "sspr.admin")
public interface AdminConfig {

    /** The app role (from the token's {@code roles} claim) that opens the console. */
    @WithDefault("SsprPreflight.Admin")
    String role();

    /** The sign-in mechanism for /admin: {@code code} (Entra ID, OIDC) or {@code form} (demo only). */
    @WithDefault("code")
    String signIn();

    /** Whether admins sign in through Entra ID ({@code code}), not the demo's form. */
    default boolean entraSignIn() {
        return "code".equals(signIn());
    }

    /**
     * The Entra tenant whose accounts may sign in: the ID token's {@code tid} must equal it. Set in
     * application.properties to {@code sspr.graph.tenant-id} unless given.
     */
    Optional<String> tenantId();

    /** Rows per page of the attempt list. */
    @WithDefault("50")
    int pageSize();

    /** The funnel page and the attempt detail's "what Entra recorded afterwards". */
    FunnelSettings funnel();

    /** The demo sign-in for the zero-setup run. */
    DemoSignIn demoSignIn();

    interface DemoSignIn {
        /** Whether the demo sign-in with generated credentials is on; refused in production. */
        @WithDefault("false")
        boolean enabled();
    }

    interface FunnelSettings {
        /** How long after our verdict an event of Entra's audit log still counts for the attempt. */
        @WithDefault("PT1H")
        Duration window();
    }
}
