package dev.ssprpreflight.admin.signin;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.admin.ConsoleFrame;
import dev.ssprpreflight.admin.ConsolePages;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The demo sign-in form. With Entra ID sign-in (production) there is no such page. */
@Path("/admin/sign-in")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    /** @param frame the console frame; @param failed whether the last try was wrong */
    public record SignInView(ConsoleFrame frame, boolean failed) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance signIn(SignInView view);
    }

    private final DemoSignIn demo;
    private final ConsolePages pages;

    SignInResource(DemoSignIn demo, ConsolePages pages) {
        this.demo = demo;
        this.pages = pages;
    }

    @GET
    public Response signIn(@QueryParam("failed") boolean failed, @Context HttpHeaders headers) {
        if (!demo.enabled()) {
            throw new NotFoundException();
        }
        UiLanguage language = pages.language(headers);
        SignInView view = new SignInView(pages.frame(language, "/admin/sign-in"), failed);
        return ConsolePages.html(Response.ok(), Templates.signIn(view), language).build();
    }
}
