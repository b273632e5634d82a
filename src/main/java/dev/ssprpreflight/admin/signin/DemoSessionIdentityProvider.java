package dev.ssprpreflight.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.admin.AdminConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;

/**
 * Restores the demo admin from the demo sign-in's encrypted session cookie on later requests. The
 * cookie carries only the name; the role comes from configuration again, and only while the demo
 * sign-in is on.
 */
@ApplicationScoped
public class DemoSessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final DemoSignIn demo;
    private final AdminConfig config;

    DemoSessionIdentityProvider(DemoSignIn demo, AdminConfig config) {
        this.demo = demo;
        this.config = config;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!demo.enabled() || !DemoSignIn.USERNAME.equals(request.getPrincipal())) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(DemoIdentityProvider.adminIdentity(request.getPrincipal(), config.role()));
    }
}
