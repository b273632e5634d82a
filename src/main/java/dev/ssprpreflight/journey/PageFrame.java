package dev.ssprpreflight.journey;

import java.util.Arrays;
import java.util.List;

import dev.ssprpreflight.web.BrandingConfig;
import dev.ssprpreflight.web.UiLanguage;

/**
 * What every page of the journey shows around its content: the organisation's branding and the
 * language switch.
 *
 * @param language the language of this page
 * @param otherLanguages the languages to offer in the switch
 * @param organisationName the organisation's name
 * @param logoUrl the logo's address, or null for the name alone
 * @param helpDesk how to reach the help desk, or null when not configured
 */
public record PageFrame(UiLanguage language, List<UiLanguage> otherLanguages, String organisationName, String logoUrl,
        String helpDesk) {

    static PageFrame of(UiLanguage language, BrandingConfig branding) {
        List<UiLanguage> others = Arrays.stream(UiLanguage.values()).filter(l -> l != language).toList();
        return new PageFrame(language, others, branding.organisationName(), branding.logoUrl().orElse(null),
                branding.helpDesk().orElse(null));
    }

    /** Every language, for the switch (the page's own one is preselected). */
    public List<UiLanguage> languages() {
        return List.of(UiLanguage.values());
    }

}
