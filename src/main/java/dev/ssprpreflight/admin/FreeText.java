package dev.ssprpreflight.admin;

import java.util.regex.Pattern;

/**
 * Text an admin types into a console form (a username fragment, a search, a group's name): refused
 * when longer than the field allows or when it holds control characters, which no name contains and
 * which would only end up in logs and CSV files.
 */
final class FreeText {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    private FreeText() {
    }

    /** Whether the (already stripped) text fits in {@code maxLength} characters and has no control characters. */
    static boolean acceptable(String text, int maxLength) {
        return text.length() <= maxLength && !CONTROL.matcher(text).find();
    }

    /** The text without surrounding white space, or null when there is none. */
    static String stripped(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
