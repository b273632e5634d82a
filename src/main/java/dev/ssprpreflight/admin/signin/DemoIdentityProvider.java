package dev.ssprpreflight.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.admin.AdminConfig;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/** Turns the demo sign-in's username and password into an admin identity with the console's role. */
@ApplicationScoped
public class DemoIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final DemoSignIn demo;
    private final AdminConfig config;

    DemoIdentityProvider(DemoSignIn demo, AdminConfig config) {
        this.demo = demo;
        this.config = config;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        if (!demo.accepts(request.getUsername(), request.getPassword().getPassword())) {
            return Uni.createFrom().failure(new AuthenticationFailedException());
        }
        return Uni.createFrom().item(adminIdentity(request.getUsername(), config.role()));
    }

    static SecurityIdentity adminIdentity(String name, String role) {
        return QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(name)).addRole(role).build();
    }
}
