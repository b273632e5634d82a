package dev.ssprpreflight.journey;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import dev.ssprpreflight.web.UiLanguage;

/**
 * The address of Microsoft's reset portal for one user: the configured portal URL with the
 * username to prefill and the UI language ({@code ?username=…&mkt=sv-se}). Only the configured
 * portal is ever the target; user input only ever lands, encoded, in the query.
 */
public final class PortalRedirect {

    private PortalRedirect() {
    }

    public static URI to(URI portal, String userPrincipalName, UiLanguage language) {
        String existingQuery = portal.getRawQuery();
        String query = (existingQuery == null || existingQuery.isEmpty() ? "" : existingQuery + "&")
                + "username=" + encode(userPrincipalName)
                + "&mkt=" + encode(language.microsoftLocale());
        String base = portal.toString();
        int cut = indexOfQueryOrFragment(base);
        String withoutQuery = cut < 0 ? base : base.substring(0, cut);
        return URI.create(withoutQuery + "?" + query);
    }

    /** Form-encodes, with spaces as {@code %20} so that no reader mistakes a {@code +} for one. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static int indexOfQueryOrFragment(String url) {
        int query = url.indexOf('?');
        int fragment = url.indexOf('#');
        if (query < 0) {
            return fragment;
        }
        return fragment < 0 ? query : Math.min(query, fragment);
    }
}
