package dev.ssprpreflight.journey;

import jakarta.inject.Inject;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.web.BrandingConfig;
import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The codes page, {@code GET /codes?code=...} (DESIGN.md §1): what a code that Microsoft's reset portal showed
 * means and what to do, in the reader's language, with Microsoft's link ({@link PortalCode} has the codes and
 * their sources).
 * <p>
 * It asks for no username and never calls the directory: the answer depends on the code alone, the same for every
 * visitor, so it tells nobody anything about an account, and it costs nothing of the rate limits (they guard the
 * directory, which this page never reaches). 200 for a known or an unknown code; 400 with the bare form for input
 * that cannot be a code at all ({@link PortalCodeInput.Kind#NOT_A_CODE}); no code at all shows the form.
 */
@Path("/codes")
@Produces(MediaType.TEXT_HTML)
public class CodesResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance codes(CodesView view);
    }

    @Inject
    BrandingConfig branding;

    @Inject
    LanguageChoice languageChoice;

    @GET
    public Response explain(@QueryParam("code") String typed, @QueryParam("lang") String requested,
            @CookieParam(LanguageChoice.COOKIE) String remembered, @Context HttpHeaders headers) {
        UiLanguage language = UiLanguage.choose(requested, remembered, headers.getAcceptableLanguages());
        PageFrame frame = PageFrame.of(language, branding);
        String general = ReasonDisclosure.GENERAL_TROUBLESHOOTING.forLocale(language.microsoftLocale());
        PortalCodeInput input = PortalCodeInput.read(typed);
        CodesView view = switch (input.kind()) {
            case EMPTY -> new CodesView(frame, "", null, false, general, null);
            case KNOWN -> new CodesView(frame, typed.strip(),
                    CodeExplanation.of(input.code().orElseThrow(), JourneyTexts.in(language), language), false,
                    general, null);
            case UNKNOWN -> new CodesView(frame, typed.strip(), null, true, general, null);
            case NOT_A_CODE -> new CodesView(frame, "", null, false, general,
                    CodesTexts.in(language).problemNotACode(PortalCodeInput.MAX_LENGTH));
        };
        Response.Status status = input.kind() == PortalCodeInput.Kind.NOT_A_CODE ? Response.Status.BAD_REQUEST
                : Response.Status.OK;
        Response.ResponseBuilder response = Response.status(status)
                .entity(Templates.codes(view).setLocale(language.locale())).language(language.locale());
        if (UiLanguage.fromCode(requested).isPresent()) {
            response.cookie(languageChoice.remember(language));
        }
        return response.build();
    }
}
