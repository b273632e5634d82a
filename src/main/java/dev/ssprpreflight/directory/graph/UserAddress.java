package dev.ssprpreflight.directory.graph;

import java.nio.charset.StandardCharsets;

/**
 * Writes a username the way Graph expects it in a URL, for usernames as they really are: apostrophes
 * ({@code o'brien@…}), guest UPNs with {@code #EXT#}, UPNs starting with {@code $}, letters outside
 * ASCII. Case is kept: Graph compares UPNs without regard to case.
 */
final class UserAddress {

    /** Besides the unreserved characters, these may stay as they are inside a path segment. */
    private static final String PATH_SAFE = "@'!$()*,;:";

    private UserAddress() {
    }

    /**
     * The path of the user, relative to the base URL: {@code /users/{upn}}, or
     * {@code /users('{upn}')} for a UPN starting with {@code $}, which Graph would otherwise read as a
     * system segment such as {@code $count}. Inside the quoted key, quotes are doubled (OData literal).
     */
    static String userPath(String userPrincipalName) {
        if (userPrincipalName.startsWith("$")) {
            return "/users('" + encode(odataLiteral(userPrincipalName), PATH_SAFE) + "')";
        }
        return "/users/" + encode(userPrincipalName, PATH_SAFE);
    }

    /** Inside an OData string literal a single quote is written twice. */
    static String odataLiteral(String value) {
        return value.replace("'", "''");
    }

    /** Percent-encodes UTF-8 bytes of everything but unreserved characters and {@code safe}. */
    static String encode(String value, String safe) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~';
            if (unreserved || (c < 0x80 && safe.indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
