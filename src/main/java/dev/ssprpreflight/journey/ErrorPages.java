package dev.ssprpreflight.journey;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import dev.ssprpreflight.web.BrandingConfig;
import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * HTML pages for errors, in the visitor's language. A visitor never sees a stack trace; an
 * unexpected failure is logged in full for us instead.
 */
public class ErrorPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance error(ErrorView view);
    }

    /**
     * @param frame branding and language
     * @param notFound whether to say "page not found" rather than "something went wrong"
     */
    public record ErrorView(PageFrame frame, boolean notFound) {
    }

    private final BrandingConfig branding;

    ErrorPages(BrandingConfig branding) {
        this.branding = branding;
    }

    @ServerExceptionMapper
    Response notFound(NotFoundException e, HttpHeaders headers) {
        return page(Response.Status.NOT_FOUND.getStatusCode(), true, headers);
    }

    @ServerExceptionMapper
    Response webApplicationError(WebApplicationException e, HttpHeaders headers) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            Log.errorf(e, "Request failed with %d", status);
        }
        return page(status, status == Response.Status.NOT_FOUND.getStatusCode(), headers);
    }

    /**
     * A form body that is not valid URL encoding ({@code username=%ZZ%}) fails while RESTEasy decodes the fields,
     * before any resource method: the visitor's mistake (or probe), a 400, not a failure of ours.
     */
    @ServerExceptionMapper
    Response undecodable(IllegalArgumentException e, HttpHeaders headers) {
        if (e.getMessage() != null && e.getMessage().startsWith("Failed to decode")) {
            return page(Response.Status.BAD_REQUEST.getStatusCode(), false, headers);
        }
        return unexpected(e, headers);
    }

    @ServerExceptionMapper
    Response unexpected(Throwable e, HttpHeaders headers) {
        Log.error("Unexpected failure while serving a page", e);
        return page(Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), false, headers);
    }

    private Response page(int status, boolean notFound, HttpHeaders headers) {
        UiLanguage language = LanguageChoice.of(headers);
        TemplateInstance page = Templates.error(new ErrorView(PageFrame.of(language, branding), notFound))
                .setLocale(language.locale());
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).language(language.locale()).entity(page).build();
    }

}
