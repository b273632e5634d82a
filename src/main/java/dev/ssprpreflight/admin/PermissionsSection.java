package dev.ssprpreflight.admin;

import java.util.List;
import java.util.Set;

import dev.ssprpreflight.check.DocLink;
import dev.ssprpreflight.web.UiLanguage;

/**
 * The application permissions Graph's 403s pointed to (DESIGN §4: a 403 names the missing permission here).
 *
 * @param verdict none missing, or which
 * @param missing each missing permission with what it is for and its documentation, by name
 * @param consentLink how to grant admin consent, in the reader's language
 */
public record PermissionsSection(HealthVerdict verdict, List<PermissionAdvice> missing, String consentLink) {

    private static final DocLink CONSENT = new DocLink("entra/identity/enterprise-apps/grant-admin-consent", true);

    static PermissionsSection of(Set<String> missingPermissions, HealthMessages msg, UiLanguage language) {
        List<PermissionAdvice> missing = missingPermissions.stream().sorted()
                .map(permission -> PermissionAdvice.of(permission, msg, language)).toList();
        HealthVerdict verdict = missing.isEmpty() ? HealthVerdict.of(HealthStatus.OK, msg.healthPermissionsNone(), msg)
                : HealthVerdict.of(HealthStatus.PROBLEM, msg.healthPermissionsMissing(), msg);
        return new PermissionsSection(verdict, missing, CONSENT.forLocale(language.microsoftLocale()));
    }
}
