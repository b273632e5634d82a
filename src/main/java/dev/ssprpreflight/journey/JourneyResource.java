package dev.ssprpreflight.journey;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.audit.AttemptEntry;
import dev.ssprpreflight.audit.AttemptLog;
import dev.ssprpreflight.audit.RecordedAttempt;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.web.BrandingConfig;
import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The anonymous journey: a username form; the check; then either Microsoft's reset portal or a page
 * that explains what blocks the user. The HTTP contract is DESIGN.md §1.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class JourneyResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(FormView view);

        static native TemplateInstance blocked(BlockedView view);
    }

    /**
     * Looked up at the first check, not when Quarkus creates this resource for the first page: in the demo the
     * directory under the service reads its tenant's file in the moments after the start, and the form need not wait
     * for that (issue 17: the first page took 0.3 s longer).
     */
    @Inject
    Instance<PreflightService> preflight;

    @Inject
    CheckPacing pacing;

    @Inject
    AbuseGuard abuseGuard;

    @Inject
    ReasonDisclosure disclosure;

    @Inject
    AttemptLog attemptLog;

    @Inject
    ClientAddress clientAddress;

    @Inject
    PortalConfig portal;

    @Inject
    BrandingConfig branding;

    @Inject
    LanguageChoice languageChoice;

    @Inject
    Clock clock;

    @GET
    public Response form(@QueryParam("lang") String requested, @CookieParam(LanguageChoice.COOKIE) String remembered,
            @Context HttpHeaders headers) {
        UiLanguage language = UiLanguage.choose(requested, remembered, headers.getAcceptableLanguages());
        Response.ResponseBuilder response = page(Response.ok(), Templates.form(new FormView(frame(language), "", null)),
                language);
        if (UiLanguage.fromCode(requested).isPresent()) {
            response.cookie(languageChoice.remember(language));
        }
        return response.build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response check(@FormParam("username") String username, @BeanParam ChallengeAnswer challenge,
            @CookieParam(LanguageChoice.COOKIE) String remembered, @Context HttpHeaders headers) {
        UiLanguage language = UiLanguage.choose(null, remembered, headers.getAcceptableLanguages());
        UsernameInput.Parsed parsed = UsernameInput.parse(username);
        if (parsed.problem().isPresent()) {
            String shown = username == null ? "" : username;
            String problem = JourneyTexts.problem(parsed.problem().get(), language);
            return page(Response.status(Response.Status.BAD_REQUEST),
                    Templates.form(new FormView(frame(language), shown, problem)), language).build();
        }
        UsernameInput input = parsed.input().orElseThrow();
        Optional<Response> refused = abuseGuard.refusal(input, challenge, language);
        if (refused.isPresent()) {
            return refused.get();
        }
        CheckedAttempt checked = pacing.atLeastFloor(() -> checkAndRecord(input, language, headers));
        Verdict verdict = checked.verdict();
        URI portalForUser = PortalRedirect.to(portal.url(), input.upn(), language);
        if (verdict.outcome().sendsToPortal()) {
            return Response.seeOther(portalForUser).build();
        }
        JourneyMessages msg = JourneyTexts.in(language);
        List<ReasonText> reasons = disclosure.shown(verdict.blocks(),
                verdict.user().flatMap(user -> user.ssprLockout().lockout()), clock.instant(), msg, language);
        BlockedView view = new BlockedView(frame(language), reasons, checked.recorded().referenceCode(),
                portalForUser.toString());
        return page(Response.ok(), Templates.blocked(view), language).build();
    }

    /** A check and its record in the attempt log. */
    private record CheckedAttempt(Verdict verdict, RecordedAttempt recorded) {
    }

    private CheckedAttempt checkAndRecord(UsernameInput input, UiLanguage language, HttpHeaders headers) {
        Verdict verdict = preflight.get().check(input.upn());
        RecordedAttempt recorded = attemptLog.record(new AttemptEntry(input.upn(), input.normalised(), verdict,
                language.code(), clientAddress.current(), headers.getHeaderString(HttpHeaders.USER_AGENT)));
        return new CheckedAttempt(verdict, recorded);
    }

    private PageFrame frame(UiLanguage language) {
        return PageFrame.of(language, branding);
    }

    private static Response.ResponseBuilder page(Response.ResponseBuilder response, TemplateInstance page,
            UiLanguage language) {
        return response.entity(page.setLocale(language.locale())).language(language.locale());
    }
}
