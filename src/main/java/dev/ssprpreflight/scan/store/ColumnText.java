package dev.ssprpreflight.scan.store;

/** Fits free text (display names, failure messages) into its column instead of failing the write. */
final class ColumnText {

    static final int DISPLAY_NAME = 256;
    static final int GROUP_NAME = 256;
    static final int STARTED_BY = 256;
    static final int FAILURE = 1000;

    private ColumnText() {
    }

    /**
     * The text cut to at most {@code max} characters, never between the two halves of a surrogate pair (a
     * lone half would not survive the database's encoding).
     */
    static String fit(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
