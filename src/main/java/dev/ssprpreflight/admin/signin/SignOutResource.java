package dev.ssprpreflight.admin.signin;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing out. With Entra ID sign-in, Quarkus OIDC handles this path itself (quarkus.oidc.logout.path)
 * and also ends the session at Entra ID; this resource serves the demo sign-in, whose session lives in
 * one encrypted cookie that is simply removed.
 */
@Path("/admin/sign-out")
@PermitAll
public class SignOutResource {

    private final String sessionCookie;

    SignOutResource(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @POST
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
