package dev.ssprpreflight.journey;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A username as typed into the form, checked and normalised before anything else sees it.
 * <p>
 * Only the shape of a user principal name passes: letters (any script), digits and the few
 * punctuation marks Entra allows in the local part ({@code ' . - _ ! # ^ ~ $ + &}), one {@code @}, and a
 * dotted domain. Everything that could smuggle syntax into a URL, an OData literal or the page
 * (spaces, quotes, angle brackets, slashes, control characters) is refused here.
 *
 * @param upn the trimmed, NFC-normalised UPN, as sent to the directory and the portal
 */
public record UsernameInput(String upn) {

    /** 64 characters before the {@code @}, 48 after: the longest UPN Entra accepts. */
    public static final int MAX_LENGTH = 113;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]");
    private static final Pattern UPN_SHAPE = Pattern.compile(
            "[\\p{L}\\p{M}\\p{N}'._!#^~$+&-]+@[\\p{L}\\p{M}\\p{N}-]+(\\.[\\p{L}\\p{M}\\p{N}-]+)+");

    /** Why input was refused. Each has a message in the journey's bundle. */
    public enum Problem {
        EMPTY,
        TOO_LONG,
        CONTROL_CHARACTERS,
        NOT_A_UPN
    }

    /** The outcome of {@link #parse}: either a usable input or the problem with it. */
    public record Parsed(Optional<UsernameInput> input, Optional<Problem> problem) {

        static Parsed ok(String upn) {
            return new Parsed(Optional.of(new UsernameInput(upn)), Optional.empty());
        }

        static Parsed refused(Problem problem) {
            return new Parsed(Optional.empty(), Optional.of(problem));
        }
    }

    public static Parsed parse(String raw) {
        if (raw == null) {
            return Parsed.refused(Problem.EMPTY);
        }
        String candidate = Normalizer.normalize(raw.strip(), Normalizer.Form.NFC);
        if (candidate.isEmpty()) {
            return Parsed.refused(Problem.EMPTY);
        }
        if (CONTROL.matcher(candidate).find()) {
            return Parsed.refused(Problem.CONTROL_CHARACTERS);
        }
        if (candidate.codePointCount(0, candidate.length()) > MAX_LENGTH) {
            return Parsed.refused(Problem.TOO_LONG);
        }
        if (!UPN_SHAPE.matcher(candidate).matches()) {
            return Parsed.refused(Problem.NOT_A_UPN);
        }
        return Parsed.ok(candidate);
    }

    /** The UPN in the case-insensitive form the attempt log stores and searches. */
    public String normalised() {
        return upn.toLowerCase(Locale.ROOT);
    }
}
