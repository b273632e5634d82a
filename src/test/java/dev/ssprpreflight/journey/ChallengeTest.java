package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Level;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.journey.challenge.ProofOfWork;
import dev.ssprpreflight.testsupport.CapturedLog;
import dev.ssprpreflight.testsupport.DirectoryRequests;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The proof-of-work challenge: valid, replayed, expired, forged, another client's or username's, and what a
 * browser without JavaScript sees.
 */
@QuarkusTest
@TestProfile(ChallengeProfile.class)
class ChallengeTest {

    @Inject
    DirectoryRequests directory;

    @Inject
    ProofOfWork proofOfWork;

    private String client;

    @BeforeEach
    void aClientThatUsedUpItsSoftLimit() {
        client = Clients.fresh();
        assertThat(JourneyClient.submitFrom(client, Clients.username()).statusCode()).isEqualTo(303);
        directory.clear();
    }

    @Test
    void overTheSoftLimitTheCheckWaitsForAChallengeAndTheDirectoryHearsNothing() {
        Response response = JourneyClient.submitFrom(client, "adele.vance@contoso.example");

        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.header("Retry-After")).as("retrying at once with a solution works").isNull();
        Document page = Jsoup.parse(response.asString());
        Element form = page.selectFirst("form[method=post][data-challenge]");
        assertThat(form).isNotNull();
        assertThat(form.attr("data-difficulty")).isEqualTo(String.valueOf(ChallengeProfile.DIFFICULTY));
        assertThat(form.select("input[name=username]").val()).isEqualTo("adele.vance@contoso.example");
        assertThat(form.select("input[name=csrf-token]").val()).isNotBlank();
        assertThat(page.select("script[src=/js/challenge.js]")).hasSize(1);
        assertThat(page.select("script:not([src]), style, [style]")).isEmpty();
        assertThat(page.select("noscript").html()).contains("needs JavaScript", "Microsoft");
        assertThat(directory.lookups()).isEmpty();
    }

    @Test
    void aSolvedChallengeLetsTheCheckGoAhead() {
        String token = challengeToken("adele.vance@contoso.example");

        Response response = answer("adele.vance@contoso.example", token, solve(token, ChallengeProfile.DIFFICULTY));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).contains("username=adele.vance%40contoso.example");
        assertThat(directory.lookups()).containsExactly("adele.vance@contoso.example");
    }

    @Test
    void aSolutionWorksOnlyOnce() {
        String token = challengeToken("adele.vance@contoso.example");
        String solution = solve(token, ChallengeProfile.DIFFICULTY);
        assertThat(answer("adele.vance@contoso.example", token, solution).statusCode()).isEqualTo(303);
        directory.clear();

        Response replayed = answer("adele.vance@contoso.example", token, solution);

        assertRefusedWithAFreshChallenge(replayed);
    }

    @Test
    void aChallengeSolvedForOneUsernameIsRefusedForAnother() {
        String token = challengeToken("adele.vance@contoso.example");

        Response response = answer("megan.bowen@contoso.example", token, solve(token, ChallengeProfile.DIFFICULTY));

        assertRefusedWithAFreshChallenge(response);
    }

    @Test
    void theUsernameBindingIgnoresLetterCase() {
        String token = challengeToken("adele.vance@contoso.example");

        Response response = answer("Adele.Vance@Contoso.example", token, solve(token, ChallengeProfile.DIFFICULTY));

        assertThat(response.statusCode()).as("the same account, normalised").isEqualTo(303);
    }

    @Test
    void anExpiredChallengeIsRefused() {
        String token = proofOfWork.issue(client, "adele.vance@contoso.example", Instant.now().minus(Duration.ofMinutes(10)))
                .token();

        Response response = answer("adele.vance@contoso.example", token, solve(token, ChallengeProfile.DIFFICULTY));

        assertRefusedWithAFreshChallenge(response);
    }

    @Test
    void aTamperedChallengeIsRefused() {
        String token = challengeToken("adele.vance@contoso.example");
        // Ask for less work than we were given: the signature no longer matches.
        String easier = token.replaceFirst("^v1\\.(\\d+)\\.\\d+\\.", "v1.$1.1.");
        assertThat(easier).isNotEqualTo(token);

        Response response = answer("adele.vance@contoso.example", easier, solve(easier, 1));

        assertRefusedWithAFreshChallenge(response);
    }

    @Test
    void aMadeUpChallengeIsRefused() {
        String forged = "v1." + Instant.now().getEpochSecond() + ".1.AAAAAAAAAAAAAAAAAAAAAA.c2lnbmF0dXJl";

        assertRefusedWithAFreshChallenge(answer("adele.vance@contoso.example", forged, solve(forged, 1)));
    }

    @Test
    void aChallengeSolvedForAnotherClientIsRefused() {
        String theirs = proofOfWork.issue(Clients.fresh(), "adele.vance@contoso.example").token();

        Response response = answer("adele.vance@contoso.example", theirs, solve(theirs, ChallengeProfile.DIFFICULTY));

        assertRefusedWithAFreshChallenge(response);
    }

    @Test
    void aWrongSolutionIsRefused() {
        String token = challengeToken("adele.vance@contoso.example");
        String wrong = wrongSolution(token, ChallengeProfile.DIFFICULTY);

        assertRefusedWithAFreshChallenge(answer("adele.vance@contoso.example", token, wrong));
    }

    @Test
    void aRefusedAnswerIsLoggedWithTheClientsNetworkAndNeitherItsAddressNorTheUsername() {
        String token = challengeToken("adele.vance@contoso.example");
        String wrong = wrongSolution(token, ChallengeProfile.DIFFICULTY);

        try (CapturedLog log = CapturedLog.of("dev.ssprpreflight")) {
            assertRefusedWithAFreshChallenge(answer("adele.vance@contoso.example", token, wrong));

            String network = client.substring(0, client.lastIndexOf('.')) + ".0";
            assertThat(log.messages(Level.ALL)).as("the refusal is logged").anySatisfy(
                    line -> assertThat(line).contains("refused: WRONG_SOLUTION").contains(network));
            assertThat(log.messages(Level.ALL)).noneSatisfy(line -> assertThat(line).contains(client))
                    .noneSatisfy(line -> assertThat(line).containsIgnoringCase("adele.vance"));
        }
    }

    private void assertRefusedWithAFreshChallenge(Response response) {
        assertThat(response.statusCode()).isEqualTo(429);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("form[data-challenge]")).hasSize(1);
        assertThat(page.select("[role=alert]").text()).contains("did not work");
        assertThat(directory.lookups()).isEmpty();
    }

    private String challengeToken(String username) {
        Response challenge = JourneyClient.submitFrom(client, username);
        assertThat(challenge.statusCode()).isEqualTo(429);
        return Jsoup.parse(challenge.asString()).selectFirst("form[data-challenge]").attr("data-challenge");
    }

    private Response answer(String username, String token, String solution) {
        return JourneyClient.submit(username, "en", Map.of("X-Forwarded-For", client),
                Map.of("pow-token", token, "pow-solution", solution));
    }

    /** What the page's script does, written independently of the server's check. */
    static String solve(String token, int difficulty) {
        for (long n = 0;; n++) {
            if (leadingZeroBits(sha256(token + ":" + n)) >= difficulty) {
                return Long.toString(n);
            }
        }
    }

    private static String wrongSolution(String token, int difficulty) {
        for (long n = 0;; n++) {
            if (leadingZeroBits(sha256(token + ":" + n)) < difficulty) {
                return Long.toString(n);
            }
        }
    }

    private static int leadingZeroBits(byte[] hash) {
        int bits = 0;
        for (byte b : hash) {
            for (int bit = 7; bit >= 0; bit--) {
                if ((b >> bit & 1) != 0) {
                    return bits;
                }
                bits++;
            }
        }
        return bits;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
