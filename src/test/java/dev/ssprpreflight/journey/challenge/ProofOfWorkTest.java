package dev.ssprpreflight.journey.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.ssprpreflight.journey.ratelimit.RateLimiter;
import dev.ssprpreflight.journey.ratelimit.TestLimiters;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * The token's rules without a container: the configured difficulty decides, the token is bound to a username,
 * single use holds while the database store is down, and a weak secret stops the start.
 */
class ProofOfWorkTest {

    private static final String SECRET = "Zq3vX9pL0sT7mB2nR5cW8yK1hD4gF6jA+u/eQ0iO3rU7tY2wE5xV9bN1mC4lP8sG";
    private static final String CLIENT = "203.0.113.7";
    private static final String ADELE = "adele.vance@contoso.example";

    private final RateLimiter limiter = TestLimiters.overADatabaseThatIsDown();

    @Test
    void aTokenIssuedForAnotherDifficultyIsRefusedEvenWhenSolvedForTheConfiguredOne() {
        ProofOfWork before = proofOfWork(4, SECRET);
        ProofOfWork after = proofOfWork(8, SECRET);
        String token = before.issue(CLIENT, ADELE).token();

        assertThat(after.verify(token, solve(token, 8), CLIENT, ADELE)).isEqualTo(ProofOfWork.Result.OTHER_DIFFICULTY);
        assertThat(before.verify(token, solve(token, 4), CLIENT, ADELE)).as("the same token where it was issued")
                .isEqualTo(ProofOfWork.Result.VALID);
    }

    @Test
    void aTokenIsBoundToTheUsernameItWasIssuedFor() {
        ProofOfWork proofOfWork = proofOfWork(4, SECRET);
        String token = proofOfWork.issue(CLIENT, ADELE).token();
        String solution = solve(token, 4);

        assertThat(proofOfWork.verify(token, solution, CLIENT, "megan.bowen@contoso.example"))
                .isEqualTo(ProofOfWork.Result.FORGED);
        assertThat(proofOfWork.verify(token, solution, CLIENT, ADELE)).isEqualTo(ProofOfWork.Result.VALID);
    }

    @Test
    void aClientAndUsernameCannotBeCutDifferentlyIntoTheSameSignature() {
        ProofOfWork proofOfWork = proofOfWork(4, SECRET);
        String token = proofOfWork.issue("a|b", "c").token();

        assertThat(proofOfWork.verify(token, solve(token, 4), "a", "b|c")).isEqualTo(ProofOfWork.Result.FORGED);
    }

    @Test
    void aSolutionIsSpentOnceWhileTheDatabaseStoreIsDown() {
        ProofOfWork proofOfWork = proofOfWork(4, SECRET);
        String token = proofOfWork.issue(CLIENT, ADELE).token();
        String solution = solve(token, 4);

        assertThat(proofOfWork.verify(token, solution, CLIENT, ADELE)).isEqualTo(ProofOfWork.Result.VALID);
        assertThat(proofOfWork.verify(token, solution, CLIENT, ADELE)).isEqualTo(ProofOfWork.Result.REPLAYED);
    }

    @Test
    void aGuessableSecretStopsTheStartNamingTheKeyAndTheFix() {
        assertThatIllegalStateException()
                .isThrownBy(() -> proofOfWork(4, "replace-me-with-32-or-more-random-characters"))
                .withMessageContaining("sspr.challenge.secret").withMessageContaining("SSPR_CHALLENGE_SECRET")
                .withMessageContaining("openssl rand -base64 48");
        assertThatIllegalStateException().isThrownBy(() -> proofOfWork(4, "a".repeat(64)))
                .withMessageContaining("too easy to guess");
    }

    private ProofOfWork proofOfWork(int difficulty, String secret) {
        Map<String, String> settings = new HashMap<>();
        settings.put("sspr.challenge.difficulty", String.valueOf(difficulty));
        settings.put("sspr.challenge.secret", secret);
        ChallengeConfig config = new SmallRyeConfigBuilder().withMapping(ChallengeConfig.class)
                .withSources(new PropertiesConfigSource(settings, "test", 500)).build()
                .getConfigMapping(ChallengeConfig.class);
        return new ProofOfWork(config, limiter, Clock.systemUTC());
    }

    private static String solve(String token, int difficulty) {
        for (long n = 0;; n++) {
            if (ProofOfWork.solves(token, Long.toString(n), difficulty)) {
                return Long.toString(n);
            }
        }
    }
}
