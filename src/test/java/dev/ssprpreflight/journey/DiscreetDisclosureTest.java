package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.check.Reason;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * {@code sspr.disclosure=discreet} (the default): every state the help desk must handle answers with one
 * identical page, so that the page cannot sort accounts into privileged, disabled or external ones; the
 * attempt log keeps the real reasons.
 */
@QuarkusTest
@TestProfile(EvenTimingProfile.class)
class DiscreetDisclosureTest {

    /** One demo user per sensitive reason, and one whose sensitive reason comes with two that are not. */
    private static final List<String> SENSITIVE_USERS = List.of("christie.cline@contoso.example",
            "max.admin@tailspin.example", "lidia.holloway@contoso.example", "joni.sherman@contoso.example",
            "alex_partner.example#EXT#@contoso.example", "allan.deyoung@contoso.example");

    @Test
    void theSensitiveReasonsAreTheOnesDocumentedInTheSecurityGuide() {
        // docs/security.md reasons about each of these; a reason added to or taken from the set needs a line there.
        assertThat(Arrays.stream(Reason.values()).filter(Reason::revealsSensitiveState))
                .containsExactlyInAnyOrderElementsOf(EnumSet.of(Reason.ADMIN_NEEDS_TWO_METHODS, Reason.ADMIN_SSPR_DISABLED,
                        Reason.ONPREM_PROTECTED_ACCOUNT, Reason.ACCOUNT_DISABLED, Reason.GUEST_ACCOUNT,
                        Reason.ADMIN_WRITEBACK_UNSUPPORTED));
    }

    @ParameterizedTest
    @CsvSource({
            "christie.cline@contoso.example, ADMIN_NEEDS_TWO_METHODS",
            "alex.wilber@contoso.example, ADMIN_NEEDS_TWO_METHODS",
            "max.admin@tailspin.example, ADMIN_SSPR_DISABLED",
            "lidia.holloway@contoso.example, ONPREM_PROTECTED_ACCOUNT",
            "joni.sherman@contoso.example, ACCOUNT_DISABLED",
            "alex_partner.example#EXT#@contoso.example, GUEST_ACCOUNT",
            "chris.green@contoso.example, GUEST_ACCOUNT",
    })
    void sensitiveReasonsAreWordedNeutrallyAndLoggedAsTheyAre(String username, Reason reason) {
        assertThat(reason.revealsSensitiveState()).as("the row tests a reason that discreet mode hides").isTrue();

        Document page = Jsoup.parse(JourneyClient.submit(username).asString());

        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly(ReasonDisclosure.SUPPORT_REQUIRED);
        assertThat(page.text()).doesNotContainIgnoringCase("admin").doesNotContainIgnoringCase("protected")
                .doesNotContainIgnoringCase("disabled").doesNotContainIgnoringCase("guest")
                .doesNotContain(JourneyBundles.text("rsn", "en", "title_$" + reason));
        assertThat(page.select("a.doc-link").attr("href"))
                .isEqualTo(ReasonDisclosure.GENERAL_TROUBLESHOOTING.forLocale("en-us"));
        Attempt logged = StoredAttempts.byReferenceCode(referenceCode(page));
        assertThat(logged.reasons.stream().filter(Reason::blocks)).containsExactly(reason);
    }

    @Test
    void everySensitiveStateGetsTheSamePageEvenBesideOtherReasons() {
        List<String> pages = SENSITIVE_USERS.stream().map(DiscreetDisclosureTest::pageWithoutWhatTheVisitorTyped).toList();

        assertThat(pages).as("one page for all of %s", SENSITIVE_USERS).allMatch(pages.get(0)::equals);
        Document mixed = Jsoup.parse(JourneyClient.submit("allan.deyoung@contoso.example").asString());
        assertThat(StoredAttempts.byReferenceCode(referenceCode(mixed)).reasons.stream().filter(Reason::blocks))
                .containsExactlyInAnyOrder(
                        Reason.METHODS_NOT_REGISTERED, Reason.ACCOUNT_DISABLED, Reason.SSPR_NOT_ENABLED);
    }

    @ParameterizedTest
    @CsvSource({
            "dana.bell@woodgrove.example, LICENSE_MISSING",
            "pradeep.gupta@contoso.example, METHODS_NOT_REGISTERED",
            "otto.berg@litware.example, SSPR_NOT_ENABLED",
            "cameron.white@contoso.example, RESET_LOCKED_OUT",
    })
    void reasonsMicrosoftsPortalTellsAnyoneAreShownAsTheyAre(String username, String code) {
        Document page = Jsoup.parse(JourneyClient.submit(username).asString());

        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly(code);
    }

    /** The page as sent, less the two things that differ by design: the reference code and the typed username. */
    private static String pageWithoutWhatTheVisitorTyped(String username) {
        String html = JourneyClient.submit(username).asString();
        String code = referenceCode(Jsoup.parse(html));
        assertThat(code).isNotBlank();
        return html.replace(code, "CODE").replace(URLEncoder.encode(username, StandardCharsets.UTF_8), "USER");
    }

    private static String referenceCode(Document page) {
        return page.select("[data-reference-code]").attr("data-reference-code");
    }
}
