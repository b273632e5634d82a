package dev.ssprpreflight.admin.signin;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.oidc.IdTokenCredential;
import io.quarkus.oidc.OidcConfigurationMetadata;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Signing out, for both sign-in kinds, by POST only: the header's form carries the CSRF token, which
 * quarkus-rest-csrf checks before this method runs, so that no other site (an {@code <img>}, a link, a
 * cross-site form) can sign an admin out. Quarkus OIDC's own logout path is not used because it ends
 * the session on any request to it, GET included.
 *
 * <p>
 * With Entra ID, the local session cookie is removed ({@link OidcSession#logout()}) and the browser is sent
 * to the provider's end-session endpoint (RP-initiated logout) with {@code id_token_hint} and
 * {@code post_logout_redirect_uri}, so that the Entra ID session ends too. With the demo sign-in, its one
 * encrypted cookie is removed.
 */
@Path("/admin/sign-out")
@PermitAll
public class SignOutResource {

    /** Where the browser lands once signed out: the journey's start page. */
    static final String SIGNED_OUT_PATH = "/";

    private final String demoSessionCookie;
    private final SecurityIdentity identity;
    private final OidcSession oidcSession;
    private final Instance<OidcConfigurationMetadata> providerMetadata;

    SignOutResource(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String demoSessionCookie,
            SecurityIdentity identity, OidcSession oidcSession, Instance<OidcConfigurationMetadata> providerMetadata) {
        this.demoSessionCookie = demoSessionCookie;
        this.identity = identity;
        this.oidcSession = oidcSession;
        this.providerMetadata = providerMetadata;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Uni<Response> signOut(@Context UriInfo uri) {
        NewCookie demoExpired = new NewCookie.Builder(demoSessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .build();
        IdTokenCredential idToken = identity.getCredential(IdTokenCredential.class);
        if (idToken == null) {
            return Uni.createFrom().item(Response.seeOther(URI.create(SIGNED_OUT_PATH)).cookie(demoExpired).build());
        }
        URI signedOut = uri.getBaseUri().resolve(SIGNED_OUT_PATH);
        URI endSession = ProviderSignOut.endSessionUri(providerMetadata.get().getEndSessionUri(), idToken.getToken(),
                signedOut);
        return oidcSession.logout().map(done -> Response.seeOther(endSession).cookie(demoExpired).build());
    }
}
