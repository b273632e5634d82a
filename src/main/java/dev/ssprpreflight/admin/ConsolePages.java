package dev.ssprpreflight.admin;

import java.util.Arrays;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.audit.ConsoleAccessLog;
import dev.ssprpreflight.web.BrandingConfig;
import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;

/** The frame, language and access trail that every console page shares. */
@ApplicationScoped
public class ConsolePages {

    private final BrandingConfig branding;
    private final ConsoleAccessLog accessLog;
    private final SecurityIdentity identity;

    ConsolePages(BrandingConfig branding, ConsoleAccessLog accessLog, SecurityIdentity identity) {
        this.branding = branding;
        this.accessLog = accessLog;
        this.identity = identity;
    }

    public UiLanguage language(HttpHeaders headers) {
        return LanguageChoice.of(headers);
    }

    public ConsoleFrame frame(UiLanguage language, String returnPath) {
        return frame(language, returnPath, identity.isAnonymous() ? null : actor());
    }

    /**
     * A frame without the session controls, for pages rendered when the request was refused before
     * the CSRF filter ran (so no token exists for the sign-out form).
     */
    public ConsoleFrame frameWithoutSession(UiLanguage language, String returnPath) {
        return frame(language, returnPath, null);
    }

    private ConsoleFrame frame(UiLanguage language, String returnPath, String signedInAs) {
        return new ConsoleFrame(language, Arrays.stream(UiLanguage.values()).filter(l -> l != language).toList(),
                branding.organisationName(), signedInAs, returnPath);
    }

    public static AdminMessages messages(UiLanguage language) {
        return Texts.in(AdminMessages.class, language);
    }

    /** The signed-in admin's name as the access trail records it. */
    String actor() {
        return identity.getPrincipal().getName();
    }

    void audit(String action, String detail) {
        accessLog.record(actor(), action, detail);
    }

    public static Response.ResponseBuilder html(Response.ResponseBuilder response, TemplateInstance page, UiLanguage language) {
        return response.type(MediaType.TEXT_HTML_TYPE).language(language.locale()).entity(page.setLocale(language.locale()));
    }
}
