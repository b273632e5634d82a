package dev.ssprpreflight.journey.challenge;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.journey.ratelimit.RateLimiter;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;

/**
 * Self-hosted proof of work, in the spirit of Hashcash: we hand out a signed token, the browser
 * searches for a number {@code n} such that {@code SHA-256(token ":" n)} starts with
 * {@code difficulty} zero bits, and we check it with one hash.
 * <p>
 * A token is {@code v1.<issued epoch seconds>.<difficulty>.<nonce>.<HMAC>}; the HMAC covers the other
 * parts, the client's address and the username the check is for, so a token can be neither made up,
 * nor altered, nor solved on one machine and used from another, nor solved once and spent on another
 * username. The difficulty in the token only tells the browser how much work to do: the check uses
 * the configured one, and a token issued for another difficulty (before a change of
 * {@code sspr.challenge.difficulty}) is refused. It expires, and a solved token is spent on first use
 * (its nonce takes the only token of a bucket in the rate-limit store, so replicas share that knowledge
 * too; while the database store fails, the memory it falls back to keeps it). No third party is involved
 * and nothing about the visitor is stored beyond the spent nonce.
 * <p>
 * Created at start, so that a weak {@code sspr.challenge.secret} stops the start (see {@link SecretStrength}).
 * Its log lines name neither the client nor the username.
 */
@Startup
@ApplicationScoped
public class ProofOfWork {

    /** How a submitted answer fared. Only {@link #VALID} lets the check go ahead. */
    public enum Result {
        VALID,
        MISSING,
        FORGED,
        EXPIRED,
        /** Issued for another difficulty than the configured one (the setting changed since). */
        OTHER_DIFFICULTY,
        WRONG_SOLUTION,
        REPLAYED
    }

    /**
     * A challenge to hand to the browser.
     *
     * @param token the signed token
     * @param difficulty the leading zero bits required
     */
    public record Challenge(String token, int difficulty) {
    }

    private static final String VERSION = "v1";
    private static final int MAX_TOKEN_LENGTH = 200;
    private static final Pattern SOLUTION = Pattern.compile("\\d{1,19}");
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final ChallengeConfig config;
    private final RateLimiter spent;
    private final Clock clock;
    private final SecretKeySpec key;

    ProofOfWork(ChallengeConfig config, RateLimiter spent, Clock clock) {
        this.config = config;
        this.spent = spent;
        this.clock = clock;
        this.key = new SecretKeySpec(secret(config), "HmacSHA256");
    }

    /** A fresh challenge for a client and the username it wants to check (normalised). */
    public Challenge issue(String clientKey, String username) {
        return issue(clientKey, username, clock.instant());
    }

    /** A challenge as if issued at another time; the tests make expired ones with it. */
    public Challenge issue(String clientKey, String username, Instant issuedAt) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String unsigned = VERSION + "." + issuedAt.getEpochSecond() + "." + config.difficulty() + "."
                + B64.encodeToString(nonce);
        return new Challenge(unsigned + "." + mac(unsigned, clientKey, username), config.difficulty());
    }

    /**
     * Checks an answer for the client and username it comes with (normalised) and, when it is valid,
     * spends it.
     */
    public Result verify(String token, String solution, String clientKey, String username) {
        if (token == null || token.isEmpty() || solution == null || solution.isEmpty()) {
            return Result.MISSING;
        }
        String[] parts = token.length() <= MAX_TOKEN_LENGTH ? token.split("\\.", -1) : new String[0];
        if (parts.length != 5 || !VERSION.equals(parts[0])) {
            return Result.FORGED;
        }
        String unsigned = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        if (!MessageDigest.isEqual(mac(unsigned, clientKey, username).getBytes(StandardCharsets.US_ASCII),
                parts[4].getBytes(StandardCharsets.US_ASCII))) {
            return Result.FORGED;
        }
        // Signed by us, so the numbers are ours and parse.
        Instant issued = Instant.ofEpochSecond(Long.parseLong(parts[1]));
        Instant now = clock.instant();
        if (now.isAfter(issued.plus(config.validFor())) || now.isBefore(issued.minus(CLOCK_SKEW))) {
            return Result.EXPIRED;
        }
        // The token's difficulty is what we asked for then; what counts is what we ask for now.
        int difficulty = config.difficulty();
        if (Integer.parseInt(parts[2]) != difficulty) {
            return Result.OTHER_DIFFICULTY;
        }
        if (!SOLUTION.matcher(solution).matches() || !solves(token, solution, difficulty)) {
            return Result.WRONG_SOLUTION;
        }
        if (!spent.take("challenge:" + parts[3], 1, config.validFor().plus(CLOCK_SKEW)).allowed()) {
            return Result.REPLAYED;
        }
        return Result.VALID;
    }

    /** Whether {@code SHA-256(token ":" solution)} starts with {@code difficulty} zero bits. */
    static boolean solves(String token, String solution, int difficulty) {
        byte[] hash = sha256(token + ":" + solution);
        int bits = 0;
        for (byte b : hash) {
            if (b == 0) {
                bits += 8;
                continue;
            }
            bits += Integer.numberOfLeadingZeros(b & 0xff) - 24;
            break;
        }
        return bits >= difficulty;
    }

    /**
     * The signature over the token's parts, the client and the username. The client key is
     * length-prefixed, so that no client and username can be cut differently into the same text.
     */
    private String mac(String unsigned, String clientKey, String username) {
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            String signed = unsigned + "|" + clientKey.length() + ":" + clientKey + "|" + username;
            return B64.encodeToString(hmac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] secret(ChallengeConfig config) {
        if (config.secret().isPresent()) {
            String secret = config.secret().get();
            SecretStrength.weakness("sspr.challenge.secret (SSPR_CHALLENGE_SECRET)", secret).ifPresent(weakness -> {
                throw new IllegalStateException(weakness);
            });
            return secret.getBytes(StandardCharsets.UTF_8);
        }
        Log.info("Challenges are signed with a random key for this instance (sspr.challenge.secret is not set; "
                + "replicas must share one)");
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return random;
    }
}
