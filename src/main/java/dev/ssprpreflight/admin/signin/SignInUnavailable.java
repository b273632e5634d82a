package dev.ssprpreflight.admin.signin;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.ssprpreflight.admin.ConsoleFrame;
import dev.ssprpreflight.admin.ConsolePages;
import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.logging.Log;
import io.quarkus.oidc.OIDCException;
import io.quarkus.oidc.common.runtime.OidcEndpointAccessException;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * When Entra ID cannot be reached (its discovery document or keys at start-up or on the first sign-in), Quarkus
 * OIDC fails the request in its authentication handler, before any resource runs, and Quarkus would answer
 * 500. This failure handler answers 503 with a page in the visitor's language instead, saying that sign-in is
 * unavailable for now, and logs the cause in one line. Other failures go on to Quarkus's error handling.
 */
@ApplicationScoped
public class SignInUnavailable {

    /** Ahead of Quarkus's own failure handler, which is registered last. */
    private static final int BEFORE_QUARKUS_ERROR_HANDLER = -1000;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance unavailable(ConsoleFrame view);
    }

    private final ConsolePages pages;

    SignInUnavailable(ConsolePages pages) {
        this.pages = pages;
    }

    void register(@Observes Router router) {
        router.route().order(BEFORE_QUARKUS_ERROR_HANDLER).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable providerFailure = providerFailure(context.failure());
        if (providerFailure == null || context.response().headWritten()) {
            context.next();
            return;
        }
        Log.warnf("Console sign-in unavailable, the identity provider cannot be reached: %s", describe(providerFailure));
        UiLanguage language = language(context);
        String page = Templates.unavailable(pages.frameWithoutSession(language, "/admin")).setLocale(language.locale())
                .render();
        context.response().setStatusCode(503).putHeader("Content-Type", "text/html; charset=utf-8")
                .putHeader("Content-Language", language.code()).putHeader("Retry-After", "60").end(page);
    }

    /** The OIDC failure in the cause chain, if the request failed because the provider could not be reached. */
    static Throwable providerFailure(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OIDCException || cause instanceof OidcEndpointAccessException) {
                return cause;
            }
        }
        return null;
    }

    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(cause.getClass().getSimpleName()).append(": ")
                    .append(cause.getMessage());
        }
        return text.toString();
    }

    private static UiLanguage language(RoutingContext context) {
        Cookie remembered = context.request().getCookie(LanguageChoice.COOKIE);
        List<Locale> browser = context.acceptableLanguages().stream().map(h -> Locale.forLanguageTag(h.value()))
                .toList();
        return UiLanguage.choose(null, remembered == null ? null : remembered.getValue(), browser);
    }
}
