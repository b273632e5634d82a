package dev.ssprpreflight.admin.signin;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The address of an OpenID Connect RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0, §2): the
 * provider's end-session endpoint with the ID token as a hint of whose session to end and where to send
 * the browser afterwards (Entra ID only follows a {@code post_logout_redirect_uri} registered on the app).
 */
final class ProviderSignOut {

    private ProviderSignOut() {
    }

    /**
     * @param endSessionEndpoint the provider's {@code end_session_endpoint}, or null when it publishes none
     * @param idToken the raw ID token of the session, or null
     * @param afterSignOut the absolute address to come back to
     * @return the provider's end-session address, or {@code afterSignOut} when the provider has none
     */
    static URI endSessionUri(String endSessionEndpoint, String idToken, URI afterSignOut) {
        if (endSessionEndpoint == null || endSessionEndpoint.isBlank()) {
            return afterSignOut;
        }
        StringBuilder uri = new StringBuilder(endSessionEndpoint).append(endSessionEndpoint.contains("?") ? '&' : '?')
                .append("post_logout_redirect_uri=").append(encode(afterSignOut.toString()));
        if (idToken != null && !idToken.isBlank()) {
            uri.append("&id_token_hint=").append(encode(idToken));
        }
        return URI.create(uri.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
