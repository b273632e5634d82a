package dev.ssprpreflight.audit;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Short codes that a person can read out on the phone: eight characters of Crockford's base 32
 * (no I, L, O or U, so nothing is mistaken for 1, 0 or V) in two groups, e.g. {@code K7QM-2XDA}.
 * 40 random bits make a collision within a retention period vanishingly unlikely, and the codes
 * cannot be guessed to probe other people's attempts.
 */
public final class ReferenceCode {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final Pattern SHAPE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferenceCode() {
    }

    public static String generate() {
        StringBuilder code = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return code.toString();
    }

    /** Whether the text has the shape of a reference code. */
    public static boolean looksLikeOne(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
