package dev.ssprpreflight.check;

import java.util.Locale;

/** Small facts about the shape of a user principal name. */
public final class Upn {

    private Upn() {
    }

    /** The part after the last {@code @}, lower case; guest UPNs carry an earlier {@code #EXT#@}. */
    public static String domainOf(String userPrincipalName) {
        int at = userPrincipalName.lastIndexOf('@');
        return at < 0 ? "" : userPrincipalName.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
