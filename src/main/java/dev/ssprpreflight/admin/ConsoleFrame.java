package dev.ssprpreflight.admin;

import java.util.List;

import dev.ssprpreflight.web.UiLanguage;

/**
 * What every console page shows around its content.
 *
 * @param language the page's language
 * @param otherLanguages the languages offered in the switch
 * @param organisationName the organisation's name
 * @param signedInAs the admin's name, or null on the sign-in page
 * @param returnPath the page's own path, for the language switch to come back to
 */
public record ConsoleFrame(UiLanguage language, List<UiLanguage> otherLanguages, String organisationName,
        String signedInAs, String returnPath) {

    /** Every language, for the switch (the page's own one is preselected). */
    public List<UiLanguage> languages() {
        return List.of(UiLanguage.values());
    }
}
