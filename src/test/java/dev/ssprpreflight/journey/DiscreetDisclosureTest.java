package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.check.Reason;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@code sspr.disclosure=discreet} (the default): the page does not tell who is an administrator; the log does. */
@QuarkusTest
@TestProfile(EvenTimingProfile.class)
class DiscreetDisclosureTest {

    @ParameterizedTest
    @CsvSource({
            "isaiah.langer@contoso.example, ADMIN_WRITEBACK_UNSUPPORTED",
            "christie.cline@contoso.example, ADMIN_NEEDS_TWO_METHODS",
            "max.admin@tailspin.example, ADMIN_SSPR_DISABLED",
    })
    void administratorReasonsAreWordedNeutrallyAndLoggedAsTheyAre(String username, Reason reason) {
        Document page = Jsoup.parse(JourneyClient.submit(username).asString());

        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly(ReasonDisclosure.SUPPORT_REQUIRED);
        assertThat(page.text()).doesNotContainIgnoringCase("admin");
        assertThat(page.select("a.doc-link").attr("href")).doesNotContain("policy", "writeback");
        String code = page.select("[data-reference-code]").attr("data-reference-code");
        Attempt logged = StoredAttempts.byReferenceCode(code);
        assertThat(logged.reasons).containsExactly(reason);
    }

    @ParameterizedTest
    @CsvSource({
            "lee.gu@contoso.example, LICENSE_MISSING",
            "joni.sherman@contoso.example, ACCOUNT_DISABLED",
    })
    void otherReasonsAreShownAsTheyAre(String username, String code) {
        Document page = Jsoup.parse(JourneyClient.submit(username).asString());

        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly(code);
    }
}
