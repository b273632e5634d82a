package dev.ssprpreflight.audit;

import java.security.SecureRandom;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * Reads a code as a person types or reads it out: any case, with or without the dash or
     * spaces, and with the letters Crockford's alphabet leaves out taken for the digits they look
     * like (O for 0, I and L for 1).
     */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "")
                .replace('O', '0').replace('I', '1').replace('L', '1');
        if (compact.length() != 8) {
            return Optional.empty();
        }
        String code = compact.substring(0, 4) + "-" + compact.substring(4);
        return looksLikeOne(code) ? Optional.of(code) : Optional.empty();
    }

    /** Whether the text has the shape of a reference code. */
    public static boolean looksLikeOne(String text) {
        return text != null && SHAPE.matcher(text).matches();
    }
}
