package dev.ssprpreflight.journey.challenge;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Judges a configured signing secret by how hard it is to guess, not by its length: forty characters
 * of a sentence, of one letter repeated, or of the example in our manifests are long and worthless.
 * <p>
 * The estimate is the smaller of two: the string's Shannon entropy (bits per character, from its own
 * character frequencies, times its length), which catches repetition and small alphabets; and a count in
 * the spirit of zxcvbn, which credits a run of letters in one case as one word from a list of a few thousand
 * (11 bits) when it could be a word (at most twelve letters, a vowel, no four consonants in a row), a run of three or more
 * equal
 * or consecutive characters ({@code aaaa}, {@code 1234}, {@code fedc}) and a stretch of four or more that
 * already appeared earlier as one guess (6 bits), a separator already used as one bit, and every other character
 * the bits of the alphabet the secret draws from. It must reach {@value #MINIMUM_BITS} bits, the strength
 * of the HMAC-SHA256 key it becomes; 48 random bytes in Base64 ({@code openssl rand -base64 48}) reach
 * about 350.
 */
public final class SecretStrength {

    /** The estimate a secret must reach. */
    public static final int MINIMUM_BITS = 128;

    /** Fewer characters than this cannot carry the minimum at any estimate. */
    static final int MINIMUM_LENGTH = 32;

    /** How to make a good one; the refusal says it. */
    static final String HOW_TO_GENERATE = "generate one with: openssl rand -base64 48";

    /**
     * Values shipped as examples (deploy/kubernetes/base/secret.example.yaml) and common stand-ins, refused
     * when the secret is one of them, whatever its case and punctuation.
     */
    static final List<String> EXAMPLE_VALUES = List.of("replace-me-with-32-or-more-random-characters",
            "replace-me", "change-me", "change-this", "your-secret", "secret", "password", "example", "placeholder");

    /** Words that only a placeholder contains: refused anywhere in the secret. */
    static final List<String> PLACEHOLDER_MARKERS = List.of("replace-me", "change-me", "change-this", "placeholder");

    private static final double WORD_BITS = 11;
    private static final double RUN_BITS = 6;
    private static final double REPEATED_SEPARATOR_BITS = 1;
    private static final int SHORTEST_WORD = 3;
    private static final int SHORTEST_RUN = 3;
    private static final int LONGEST_WORD = 12;
    private static final int SHORTEST_REPEAT = 4;
    private static final int LONGEST_CONSONANT_CLUSTER = 3;

    private SecretStrength() {
    }

    /**
     * Why {@code secret} may not sign challenges; empty when it may.
     *
     * @param key the configuration key, for the message
     */
    public static Optional<String> weakness(String key, String secret) {
        String simplified = simplified(secret);
        for (String example : EXAMPLE_VALUES) {
            if (simplified.equals(simplified(example))) {
                return Optional.of(key + " is an example or placeholder value (\"" + example + "\"): "
                        + HOW_TO_GENERATE);
            }
        }
        for (String marker : PLACEHOLDER_MARKERS) {
            if (simplified.contains(simplified(marker))) {
                return Optional.of(key + " contains a placeholder (\"" + marker + "\"): " + HOW_TO_GENERATE);
            }
        }
        if (secret.length() < MINIMUM_LENGTH) {
            return Optional.of(key + " is too short (" + secret.length() + " characters, at least " + MINIMUM_LENGTH
                    + " random ones are needed): " + HOW_TO_GENERATE);
        }
        long bits = Math.round(estimatedBits(secret));
        if (bits < MINIMUM_BITS) {
            return Optional.of(key + " is too easy to guess (about " + bits + " bits of entropy, at least "
                    + MINIMUM_BITS + " are needed; words, repetitions and sequences count for little): "
                    + HOW_TO_GENERATE);
        }
        return Optional.empty();
    }

    /** The estimate: the smaller of the Shannon entropy and the pattern count (see the class comment). */
    static double estimatedBits(String secret) {
        return Math.min(shannonBits(secret), patternBits(secret));
    }

    /** Bits per character from the string's own character frequencies, times its length. */
    static double shannonBits(String secret) {
        Map<Integer, Integer> counts = new HashMap<>();
        secret.codePoints().forEach(c -> counts.merge(c, 1, Integer::sum));
        int length = secret.codePointCount(0, secret.length());
        double perCharacter = 0;
        for (int count : counts.values()) {
            double p = (double) count / length;
            perCharacter -= p * Math.log(p) / Math.log(2);
        }
        return perCharacter * length;
    }

    /** The pattern count: words, runs and repeated separators credited as guesses, the rest as random. */
    static double patternBits(String secret) {
        int[] chars = secret.codePoints().toArray();
        double perCharacter = Math.log(alphabetSize(chars)) / Math.log(2);
        Set<Integer> separatorsSeen = new HashSet<>();
        double bits = 0;
        int i = 0;
        while (i < chars.length) {
            int run = runLength(chars, i);
            if (run >= SHORTEST_RUN) {
                bits += RUN_BITS;
                i += run;
                continue;
            }
            int repeat = repeatLength(chars, i);
            if (repeat >= SHORTEST_REPEAT) {
                bits += RUN_BITS;
                i += repeat;
                continue;
            }
            int word = wordLength(chars, i);
            if (word >= SHORTEST_WORD && word <= LONGEST_WORD && pronounceable(chars, i, word)) {
                bits += WORD_BITS;
                i += word;
                continue;
            }
            if (!Character.isLetterOrDigit(chars[i]) && !separatorsSeen.add(chars[i])) {
                bits += REPEATED_SEPARATOR_BITS;
            } else {
                bits += perCharacter;
            }
            i++;
        }
        return bits;
    }

    /** Characters from {@code start} that go up, down or stay by the same step of at most one. */
    private static int runLength(int[] chars, int start) {
        if (start + 1 >= chars.length) {
            return 1;
        }
        int step = chars[start + 1] - chars[start];
        if (Math.abs(step) > 1) {
            return 1;
        }
        int end = start + 1;
        while (end + 1 < chars.length && chars[end + 1] - chars[end] == step) {
            end++;
        }
        return end - start + 1;
    }

    /** The longest stretch from {@code start} that already appeared earlier in the secret. */
    private static int repeatLength(int[] chars, int start) {
        int longest = 0;
        for (int earlier = 0; earlier < start; earlier++) {
            int length = 0;
            while (start + length < chars.length && earlier + length < start
                    && chars[earlier + length] == chars[start + length]) {
                length++;
            }
            longest = Math.max(longest, length);
        }
        return longest;
    }

    /**
     * Whether letters could be a word of a natural language: a vowel, and no more than three consonants in a
     * row. A run of random letters seldom is; crediting it as a word would undercount a random secret.
     */
    private static boolean pronounceable(int[] chars, int start, int length) {
        boolean vowel = false;
        int cluster = 0;
        for (int i = start; i < start + length; i++) {
            if ("aeiouy".indexOf(Character.toLowerCase(chars[i])) >= 0) {
                vowel = true;
                cluster = 0;
            } else if (++cluster > LONGEST_CONSONANT_CLUSTER) {
                return false;
            }
        }
        return vowel;
    }

    /** Letters from {@code start} written as a word is: all lower case, all upper case, or capitalised. */
    private static int wordLength(int[] chars, int start) {
        if (!Character.isLetter(chars[start])) {
            return 0;
        }
        boolean upperStart = Character.isUpperCase(chars[start]);
        int end = start + 1;
        Boolean upperRest = null;
        while (end < chars.length && Character.isLetter(chars[end])) {
            boolean upper = Character.isUpperCase(chars[end]);
            if (upperRest == null) {
                if (upper && !upperStart) {
                    break;
                }
                upperRest = upper;
            } else if (upper != upperRest) {
                break;
            }
            end++;
        }
        return end - start;
    }

    /** How many characters the secret's kinds of character offer: lower, upper, digits, the rest of ASCII, more. */
    private static int alphabetSize(int[] chars) {
        boolean lower = false;
        boolean upper = false;
        boolean digit = false;
        boolean symbol = false;
        boolean other = false;
        for (int c : chars) {
            if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c < 128) {
                symbol = true;
            } else {
                other = true;
            }
        }
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (symbol ? 33 : 0) + (other ? 100 : 0);
    }

    /** Lower case letters and digits only, so that "Change_Me" and "change-me" are the same. */
    private static String simplified(String value) {
        StringBuilder kept = new StringBuilder();
        value.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
