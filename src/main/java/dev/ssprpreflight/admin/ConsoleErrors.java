package dev.ssprpreflight.admin;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;

/**
 * The page for a signed-in person without the console's app role: it says which role is missing,
 * so that the fix is one assignment away, instead of a bare 403.
 */
public class ConsoleErrors {

    /** @param frame the console frame; @param role the app role the account lacks */
    public record ForbiddenView(ConsoleFrame frame, String role) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance forbidden(ForbiddenView view);
    }

    private final ConsolePages pages;
    private final AdminConfig config;

    ConsoleErrors(ConsolePages pages, AdminConfig config) {
        this.pages = pages;
        this.config = config;
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e, HttpHeaders headers) {
        UiLanguage language = pages.language(headers);
        ForbiddenView view = new ForbiddenView(pages.frameWithoutSession(language, "/admin"), config.role());
        return ConsolePages.html(Response.status(Response.Status.FORBIDDEN), Templates.forbidden(view), language)
                .build();
    }
}
