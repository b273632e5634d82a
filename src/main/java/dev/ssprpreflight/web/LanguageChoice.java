package dev.ssprpreflight.web;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.NewCookie;

/** Remembers the language a user picked with the switch, so later pages keep it. */
@ApplicationScoped
public class LanguageChoice {

    public static final String COOKIE = "sspr-lang";

    private static final int ONE_YEAR = (int) Duration.ofDays(365).toSeconds();

    public NewCookie remember(UiLanguage language) {
        return new NewCookie.Builder(COOKIE)
                .value(language.code())
                .path("/")
                .maxAge(ONE_YEAR)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.LAX)
                .build();
    }
}
