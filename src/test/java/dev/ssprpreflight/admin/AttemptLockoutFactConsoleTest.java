package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.audit.FactsSnapshot;
import dev.ssprpreflight.audit.SampleFacts;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The attempt detail's row for Microsoft's 24-hour SSPR block (facts version 4): when the user was blocked and may
 * try again, in the console's language; "not blocked" when the snapshot kept no block; "unknown" for attempts recorded
 * before the block was kept, so that the help desk never reads an old RESET_LOCKED_OUT attempt as "not blocked".
 */
@QuarkusTest
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class AttemptLockoutFactConsoleTest {

    private static final Instant BLOCKED_AT = Instant.parse("2026-11-05T18:42:17Z");

    @Inject
    ObjectMapper mapper;

    @Test
    void aVersion4AttemptShowsWhenTheUserWasBlockedAndWhenTheyMayTryAgainInThePagesLanguage()
            throws JsonProcessingException {
        Attempt blocked = insert(Outcome.BLOCKED, List.of(Reason.RESET_LOCKED_OUT),
                mapper.writeValueAsString(FactsSnapshot.of(SampleFacts.userBlockedAt(BLOCKED_AT), SampleFacts.tenant())));

        Document page = detail(blocked, "de");

        String shown = fact(page, "sspr-lockout");
        assertThat(shown).contains("05.11.2026, 18:42:17 UTC", "06.11.2026, 18:42:17 UTC");
        assertThat(shown).isEqualTo(KeyTexts.shipped("atm_de", "factSsprLockoutBlocked")
                .replace("{blockedAt}", "05.11.2026, 18:42:17 UTC").replace("{retryAt}", "06.11.2026, 18:42:17 UTC"));
        assertThat(label(page, "sspr-lockout")).isEqualTo(KeyTexts.shipped("atm_de", "factSsprLockout"));
        assertThat(page.select("[data-older-record]")).isEmpty();
    }

    @Test
    void aVersion4AttemptOfAUserMicrosoftDidNotBlockSaysNotBlocked() throws JsonProcessingException {
        Attempt ready = insert(Outcome.READY, List.of(),
                mapper.writeValueAsString(FactsSnapshot.of(SampleFacts.user(), SampleFacts.tenant())));

        Document page = detail(ready, "en");

        assertThat(fact(page, "sspr-lockout")).isEqualTo("not blocked");
        assertThat(label(page, "sspr-lockout")).isEqualTo("Microsoft's 24-hour SSPR block");
    }

    @Test
    void aVersion3AttemptSaysTheBlockIsUnknownBecauseItWasNotKept() {
        Attempt version3 = insert(Outcome.BLOCKED, List.of(Reason.RESET_LOCKED_OUT), SampleFacts.VERSION_3_ROW);

        Document page = detail(version3, "en");

        assertThat(fact(page, "sspr-lockout")).isEqualTo("unknown (recorded before this was kept)");
        assertThat(fact(page, "registration-activity")).startsWith("no registration");
    }

    @Test
    void aVersion2AttemptSaysTheBlockIsUnknownInThePagesLanguage() {
        Attempt version2 = insert(Outcome.READY, List.of(), SampleFacts.VERSION_2_ROW);

        Document page = detail(version2, "sv");

        assertThat(fact(page, "sspr-lockout")).isEqualTo(KeyTexts.shipped("atm_sv", "factSsprLockoutNotKept"));
    }

    private static Attempt insert(Outcome outcome, List<Reason> reasons, String factsJson) {
        return AttemptFixtures.insert("megan@contoso.com", outcome, reasons, Instant.now(), 40, factsJson);
    }

    private static Document detail(Attempt attempt, String language) {
        return Jsoup.parse(given().header("Accept-Language", language).get("/admin/attempts/" + attempt.referenceCode)
                .then().statusCode(200).extract().asString());
    }

    private static String fact(Document detail, String key) {
        return detail.select("dd[data-fact=" + key + "]").text();
    }

    private static String label(Document detail, String key) {
        return detail.select("dd[data-fact=" + key + "]").first().previousElementSibling().text();
    }
}
