package dev.ssprpreflight.journey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person typed or pasted into the codes page, read the forgiving way: the portal prints {@code SSPR_0014},
 * Microsoft's support articles write {@code SSPR_009}, people type {@code sspr 14}, {@code 0014} or {@code 14}, and
 * Microsoft's table also names each code ({@code UserNotProperlyConfigured}). Spaces, underscores and dashes do not
 * count, nor does letter case, nor the {@code SSPR} prefix, nor leading zeros.
 * <p>
 * Input that cannot be a code at all (over {@value #MAX_LENGTH} characters, or control and format characters, which
 * no code holds and which a paste can smuggle in) is {@link Kind#NOT_A_CODE}: the page answers it with 400 and the
 * bare form. Anything else that is not one of Microsoft's codes is {@link Kind#UNKNOWN}, answered with 200 and "we do
 * not know this code", because a typo deserves help rather than an error.
 */
public record PortalCodeInput(Kind kind, Optional<PortalCode> code) {

    /** Longer than the longest spelling of any code ({@code UserNotMemberOfScopedAccessGroup}, 32) with room for spaces. */
    public static final int MAX_LENGTH = 40;

    /**
     * Optional prefix, leading zeros, then at most four digits: SSPR_99999 is no code of Microsoft's, and any number read fits
     * an int.
     */
    private static final Pattern NUMBERED = Pattern.compile("(?:SSPR)?0*(\\d{1,4})");

    /** What the input turned out to be. */
    public enum Kind {
        /** Nothing typed: the page shows the form alone. */
        EMPTY,
        /** One of Microsoft's codes: {@link #code()} holds it. */
        KNOWN,
        /** Could be a code, but not one we know. */
        UNKNOWN,
        /** Cannot be a code at all: too long, or holding control or format characters. */
        NOT_A_CODE
    }

    /** Reads one input; {@code null}, blanks and separators alone are empty. */
    public static PortalCodeInput read(String typed) {
        if (typed == null) {
            return new PortalCodeInput(Kind.EMPTY, Optional.empty());
        }
        // Spaces around a paste are no part of what was typed; inside, a tab or a line break is.
        String trimmed = typed.strip();
        if (trimmed.length() > MAX_LENGTH || trimmed.codePoints().anyMatch(PortalCodeInput::isControlOrFormat)) {
            return new PortalCodeInput(Kind.NOT_A_CODE, Optional.empty());
        }
        // NFKC turns full-width letters and digits (a Japanese keyboard's SSPR_００１４) and no-break spaces into
        // plain ones.
        String compact = Normalizer.normalize(trimmed, Normalizer.Form.NFKC).replaceAll("[\\s_\\-]", "")
                .toUpperCase(Locale.ROOT);
        if (compact.isEmpty()) {
            return new PortalCodeInput(Kind.EMPTY, Optional.empty());
        }
        Optional<PortalCode> code = byNumber(compact).or(() -> PortalCode.byMicrosoftName(compact));
        return new PortalCodeInput(code.isPresent() ? Kind.KNOWN : Kind.UNKNOWN, code);
    }

    private static Optional<PortalCode> byNumber(String compact) {
        Matcher numbered = NUMBERED.matcher(compact);
        return numbered.matches() ? PortalCode.byNumber(Integer.parseInt(numbered.group(1))) : Optional.empty();
    }

    private static boolean isControlOrFormat(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT;
    }
}
