package dev.ssprpreflight.web;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.NewCookie;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;

/** Remembers the language a user picked with the switch, so later pages keep it. */
@ApplicationScoped
public class LanguageChoice {

    public static final String COOKIE = "sspr-lang";

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    private final CurrentVertxRequest request;

    LanguageChoice(CurrentVertxRequest request) {
        this.request = request;
    }

    /** The language of a request without an explicit choice: the remembered one, else the browser's. */
    public static UiLanguage of(HttpHeaders headers) {
        Cookie remembered = headers.getCookies().get(COOKIE);
        return UiLanguage.choose(null, remembered == null ? null : remembered.getValue(),
                headers.getAcceptableLanguages());
    }

    /** The cookie for the current request; {@code Secure} when the client came over HTTPS (also through a trusted proxy). */
    public NewCookie remember(UiLanguage language) {
        return new NewCookie.Builder(COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(ONE_YEAR)
                .httpOnly(true)
                .secure("https".equalsIgnoreCase(request.getCurrent().request().scheme()))
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
