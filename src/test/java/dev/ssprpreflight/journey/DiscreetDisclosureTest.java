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

/**
 * {@code sspr.disclosure=discreet} (the default): the page does not tell who holds a privileged account (an
 * administrator, an on-premises protected account); the log does.
 */
@QuarkusTest
@TestProfile(EvenTimingProfile.class)
class DiscreetDisclosureTest {

    @ParameterizedTest
    @CsvSource({
            "christie.cline@contoso.example, ADMIN_NEEDS_TWO_METHODS",
            "alex.wilber@contoso.example, ADMIN_NEEDS_TWO_METHODS",
            "max.admin@tailspin.example, ADMIN_SSPR_DISABLED",
            "lidia.holloway@contoso.example, ONPREM_PROTECTED_ACCOUNT",
    })
    void privilegedAccountReasonsAreWordedNeutrallyAndLoggedAsTheyAre(String username, Reason reason) {
        assertThat(reason.revealsPrivilegedAccount()).as("the row tests a reason that discreet mode hides").isTrue();

        Document page = Jsoup.parse(JourneyClient.submit(username).asString());

        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly(ReasonDisclosure.SUPPORT_REQUIRED);
        assertThat(page.text()).doesNotContainIgnoringCase("admin").doesNotContainIgnoringCase("protected")
                .doesNotContain(JourneyBundles.text("rsn", "en", "title_$" + reason));
        assertThat(page.select("a.doc-link").attr("href")).doesNotContain("policy", "writeback")
                .isNotEqualTo(reason.docLink().forLocale("en-us"));
        String code = page.select("[data-reference-code]").attr("data-reference-code");
        Attempt logged = StoredAttempts.byReferenceCode(code);
        assertThat(logged.reasons).containsExactly(reason);
    }

    @ParameterizedTest
    @CsvSource({
            "dana.bell@woodgrove.example, LICENSE_MISSING",
            "joni.sherman@contoso.example, ACCOUNT_DISABLED",
            "otto.berg@litware.example, SSPR_NOT_ENABLED",
    })
    void otherReasonsAreShownAsTheyAre(String username, String code) {
        Document page = Jsoup.parse(JourneyClient.submit(username).asString());

        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly(code);
    }
}
