package dev.ssprpreflight.journey.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.stream.Stream;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The challenge secret is judged by how hard it is to guess: random keys pass, long guessable ones do not. */
class SecretStrengthTest {

    private static final String KEY = "sspr.challenge.secret";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the documentation tells operators to run, and the other usual ways to make a key. */
    static Stream<String> randomSecrets() {
        return Stream.generate(() -> Stream.of(base64(48), base64(32), HexFormat.of().formatHex(bytes(32))))
                .limit(200).flatMap(s -> s);
    }

    @ParameterizedTest
    @MethodSource("randomSecrets")
    void randomSecretsPass(String secret) {
        assertThat(SecretStrength.weakness(KEY, secret)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc",
            "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "the quick brown fox jumps over lazy dogs",
            "Correct-Horse-Battery-Staple-Mountain-River-Cloud",
            "replicas-share-this-challenge-secret-0123456789",
            "Tr0ub4dor&3Tr0ub4dor&3Tr0ub4dor&3Tr0ub4dor&3",
            "password1234567890password1234567890",
    })
    void longButGuessableSecretsAreRefused(String secret) {
        assertThat(secret).hasSizeGreaterThanOrEqualTo(32);

        assertThat(SecretStrength.weakness(KEY, secret)).hasValueSatisfying(
                weakness -> assertThat(weakness).contains(KEY, "too easy to guess", "openssl rand -base64 48"));
    }

    static Stream<String> exampleValues() {
        return SecretStrength.EXAMPLE_VALUES.stream();
    }

    @ParameterizedTest
    @MethodSource("exampleValues")
    void everyExampleValueIsRefusedInAnySpelling(String example) {
        assertThat(SecretStrength.weakness(KEY, example)).hasValueSatisfying(
                weakness -> assertThat(weakness).contains(KEY, "example or placeholder", "openssl rand -base64 48"));
        assertThat(SecretStrength.weakness(KEY, example.toUpperCase().replace('-', '_'))).isPresent();
    }

    @Test
    void theValueInTheShippedKubernetesExampleIsRefused() throws IOException {
        String example = Files.readAllLines(Path.of("deploy/kubernetes/base/secret.example.yaml")).stream()
                .filter(line -> line.strip().startsWith("SSPR_CHALLENGE_SECRET:"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip()).findFirst().orElseThrow();

        assertThat(SecretStrength.weakness(KEY, example)).isPresent();
    }

    @Test
    void aPlaceholderWithRandomCharactersAroundItIsRefused() {
        assertThat(SecretStrength.weakness(KEY, "change-me-" + base64(48))).hasValueSatisfying(
                weakness -> assertThat(weakness).contains("placeholder", "change-me"));
    }

    @Test
    void aShortRandomSecretIsRefusedForItsLength() {
        assertThat(SecretStrength.weakness(KEY, base64(16))).hasValueSatisfying(
                weakness -> assertThat(weakness).contains("too short", "openssl rand -base64 48"));
    }

    @Test
    void theEstimateIsTheSmallerOfShannonAndThePatternCount() {
        String repeated = "abcabcabcabcabcabcabcabcabcabcabcabcabcabcabcabc";
        assertThat(SecretStrength.shannonBits(repeated)).isCloseTo(48 * Math.log(3) / Math.log(2),
                Offset.offset(0.001));
        String words = "the quick brown fox jumps over lazy dogs";
        assertThat(SecretStrength.estimatedBits(words)).isEqualTo(SecretStrength.patternBits(words))
                .isLessThan(SecretStrength.shannonBits(words));
    }

    private static String base64(int bytes) {
        return Base64.getEncoder().encodeToString(bytes(bytes));
    }

    private static byte[] bytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
