package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptEntry;
import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.audit.AttemptLog;
import dev.ssprpreflight.audit.SampleFacts;
import dev.ssprpreflight.audit.StoredAttempts;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The console's attempt list, export, detail and search, signed in with the app role. */
@QuarkusTest
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class AttemptsConsoleTest {

    private static final Instant NOW = Instant.now();
    private static final Map<Outcome, String> ENGLISH_OUTCOMES = Map.of(Outcome.READY, "Ready", Outcome.BLOCKED,
            "Blocked", Outcome.UNKNOWN_USER, "Unknown user", Outcome.CHECKS_UNAVAILABLE, "Checks unavailable");
    private Attempt blockedLicence;
    /** READY, with two findings. */
    private Attempt readyWithFindings;
    /** BLOCKED by a retired code, with a finding. */
    private Attempt blockedByRetiredCode;

    @Inject
    PreflightService preflight;

    @Inject
    AttemptLog attemptLog;

    @BeforeEach
    void seed() {
        AttemptFixtures.clear();
        blockedLicence = AttemptFixtures.insert("Lee.Gu@contoso.example", Outcome.BLOCKED,
                List.of(Reason.LICENSE_MISSING), NOW.minus(Duration.ofHours(1)), 120);
        AttemptFixtures.insert("debra.berger@contoso.example", Outcome.BLOCKED,
                List.of(Reason.LICENSE_MISSING, Reason.SYNC_ERRORS), NOW.minus(Duration.ofDays(2)), 300);
        AttemptFixtures.insert("adele.vance@contoso.example", Outcome.READY, List.of(), NOW.minus(Duration.ofDays(3)),
                80);
        AttemptFixtures.insert("ghost@contoso.example", Outcome.UNKNOWN_USER, List.of(), NOW.minus(Duration.ofDays(4)),
                90);
        AttemptFixtures.insert("outage@contoso.example", Outcome.CHECKS_UNAVAILABLE, List.of(),
                NOW.minus(Duration.ofDays(5)), 3000);
        AttemptFixtures.insert("old.attempt@contoso.example", Outcome.BLOCKED, List.of(Reason.SYNC_STALE),
                NOW.minus(Duration.ofDays(40)), 50);
        readyWithFindings = AttemptFixtures.insert("alex.wilber@contoso.example", Outcome.READY,
                List.of(Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE), NOW.minus(Duration.ofHours(6)), 70);
        blockedByRetiredCode = AttemptFixtures.insert("megan.bowen@contoso.example", Outcome.BLOCKED,
                List.of(Reason.ADMIN_WRITEBACK_UNSUPPORTED, Reason.PROVISIONING_ERRORS), NOW.minus(Duration.ofHours(3)),
                200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                                     | 7",
            "outcome=BLOCKED                      | 3",
            "outcome=READY                        | 2",
            "reason=SYNC_ERRORS                   | 1",
            "reason=ADMIN_WRITEBACK_UNSUPPORTED   | 1",
            "reason=LICENSE_MISSING               | 2",
            "reason=LICENSE_NOT_ASSIGNED          | 1",
            "reason=PROVISIONING_ERRORS           | 1",
            "outcome=READY&reason=SYNC_LATE       | 1",
            "username=LEE.GU                      | 1",
            "username=contoso                     | 7",
            "username=%25                         | 0",
            "username=_                           | 0",
            "outcome=BLOCKED&reason=SYNC_STALE    | 0",
    })
    void filtersTheLastThirtyDaysByDefault(String query, int expected) {
        Document page = list(query == null ? "" : query);

        assertThat(page.select("[data-total]").attr("data-total")).isEqualTo(Integer.toString(expected));
        assertThat(page.select("tr[data-reference-code]")).hasSize(expected);
    }

    @Test
    void filtersByDateRangeInclusiveOfTheLastDay() {
        LocalDate fortyDaysAgo = LocalDate.ofInstant(NOW.minus(Duration.ofDays(40)), ZoneOffset.UTC);

        Document page = list("from=" + fortyDaysAgo + "&to=" + fortyDaysAgo);

        assertThat(page.select("tr[data-reference-code] td.username").eachText())
                .containsExactly("old.attempt@contoso.example");
    }

    @Test
    void sortsAndPages() {
        for (int i = 0; i < 60; i++) {
            AttemptFixtures.insert("bulk" + i + "@contoso.example", Outcome.READY, List.of(),
                    NOW.minus(Duration.ofMinutes(10 + i)), i);
        }

        Document first = list("username=bulk&sort=duration&dir=asc");
        Document second = list("username=bulk&sort=duration&dir=asc&page=2");

        assertThat(first.select("tr[data-reference-code]")).hasSize(50);
        assertThat(first.select("tr[data-reference-code] td.username").first().text()).isEqualTo("bulk0@contoso.example");
        assertThat(second.select("tr[data-reference-code]")).hasSize(10);
        assertThat(second.select("tr[data-reference-code] td.username").last().text())
                .isEqualTo("bulk59@contoso.example");
        assertThat(first.select("a[rel=next]").attr("href")).contains("page=2").contains("username=bulk");
        assertThat(first.select("a[rel=prev]")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "from=yesterday            | Dates are written as YYYY-MM-DD.",
            "to=%2B999999999-12-31     | Dates are written as YYYY-MM-DD.",
            "from=-999999999-01-01     | Dates are written as YYYY-MM-DD.",
            "from=2026-05-02&to=2026-05-01 | The start of the period must not be after its end.",
            "outcome=MAYBE             | That outcome is not known.",
            "reason=DROP%20TABLE       | That reason is not known.",
            "page=0                    | That page does not exist.",
            "sort=password             | That column cannot be sorted.",
    })
    void refusesABadFilterWholeWithA400(String query, String message) {
        Response response = given().get("/admin/attempts?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select(".error-summary li").eachText()).contains(message);
        assertThat(page.select("tr[data-reference-code]")).isEmpty();
    }

    @Test
    void exportsTheFilteredListAsCsv() {
        AttemptFixtures.insert("=cmd|' /C calc'!A0@contoso.example", Outcome.UNKNOWN_USER, List.of(), NOW, 10);

        Response csv = given().get("/admin/attempts/export.csv?outcome=UNKNOWN_USER");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment");
        String[] lines = csv.asString().split("\r\n");
        assertThat(lines[0]).startsWith("reference_code,time_utc,username_entered");
        assertThat(lines).hasSize(3);
        assertThat(csv.asString()).contains(",'=cmd|' /C calc'!A0@contoso.example,").contains("ghost@contoso.example");
    }

    @Test
    void exportsBlocksFindingsAndRetiredCodesInColumnsOfTheirOwn() {
        List<String> lines = List.of(given().get("/admin/attempts/export.csv").asString().split("\r\n"));
        List<String> header = List.of(lines.get(0).split(","));

        assertThat(header).containsSubsequence("outcome", "blocks", "findings", "retired_reasons", "duration_ms")
                .doesNotContain("reasons");
        Map<String, List<String>> byCode = lines.stream().skip(1).map(line -> List.of(line.split(",", -1)))
                .collect(Collectors.toMap(cells -> cells.get(0), cells -> cells));
        List<String> retired = byCode.get(blockedByRetiredCode.referenceCode);
        assertThat(retired.get(header.indexOf("blocks"))).isEqualTo("ADMIN_WRITEBACK_UNSUPPORTED");
        assertThat(retired.get(header.indexOf("findings"))).isEqualTo("PROVISIONING_ERRORS");
        assertThat(retired.get(header.indexOf("retired_reasons"))).isEqualTo("ADMIN_WRITEBACK_UNSUPPORTED");
        List<String> ready = byCode.get(readyWithFindings.referenceCode);
        assertThat(ready.get(header.indexOf("outcome"))).isEqualTo("READY");
        assertThat(ready.get(header.indexOf("blocks"))).isEmpty();
        assertThat(ready.get(header.indexOf("findings"))).isEqualTo("LICENSE_NOT_ASSIGNED SYNC_LATE");
        assertThat(ready.get(header.indexOf("retired_reasons"))).isEmpty();
    }

    @Test
    void showsAnAttemptWithTheAdviceForEachReason() {
        Document page = Jsoup.parse(given().get("/admin/attempts/" + blockedLicence.referenceCode).then().statusCode(200)
                .extract().asString());

        assertThat(page.select("h1").text()).isEqualTo("Attempt " + blockedLicence.referenceCode);
        assertThat(page.select("[data-reason]").eachAttr("data-reason")).containsExactly("LICENSE_MISSING");
        assertThat(page.select("[data-reason=LICENSE_MISSING] a").attr("href"))
                .isEqualTo("https://learn.microsoft.com/en-us/entra/identity/authentication/concept-sspr-licensing");
        assertThat(page.select("[data-reason=LICENSE_MISSING]").text()).contains("Cause:", "Fix:");
    }

    @Test
    void checksAgainNowWithTodaysFactsAndShowsBlocksAndFindingsApart() {
        // The demo tenant's users change; the verdict the service gives now is the oracle for what the page shows.
        Verdict now = preflight.check(blockedLicence.usernameEntered);

        Document page = recheck(blockedLicence);

        assertThat(page.select(".recheck-result").text())
                .contains("Result now: " + ENGLISH_OUTCOMES.get(now.outcome()));
        assertThat(page.select(".recheck-result .advice[data-tier=BLOCK]").eachAttr("data-reason"))
                .containsExactlyElementsOf(now.blocks().stream().map(Reason::name).toList());
        assertThat(page.select(".recheck-result .advice[data-tier=FINDING]").eachAttr("data-reason"))
                .containsExactlyElementsOf(now.findings().stream().map(Reason::name).toList());
    }

    @Test
    void checksAgainAUserWhoNoLongerExists() {
        Attempt gone = AttemptFixtures.insert("nobody.here.any.more@contoso.example", Outcome.BLOCKED,
                List.of(Reason.SYNC_ERRORS), NOW.minus(Duration.ofHours(2)));

        Document page = recheck(gone);

        assertThat(page.select(".recheck-result").text()).contains("Result now: Unknown user");
        assertThat(page.select(".recheck-result .advice")).isEmpty();
        assertThat(page.select("section[data-tier=BLOCK] .advice").eachAttr("data-reason")).containsExactly("SYNC_ERRORS");
    }

    private static Document recheck(Attempt attempt) {
        Response detail = given().get("/admin/attempts/" + attempt.referenceCode);
        String token = csrfToken(detail.asString());
        Response recheck = given().cookie("csrf-token", detail.getCookie("csrf-token")).formParam("csrf-token", token)
                .post("/admin/attempts/" + attempt.referenceCode + "/recheck");
        assertThat(recheck.statusCode()).isEqualTo(200);
        return Jsoup.parse(recheck.asString());
    }

    @Test
    void theListShowsBlocksAndFindingsInColumnsOfTheirOwnAndMarksRetiredCodes() {
        Document page = list("");

        Element retired = row(page, blockedByRetiredCode);
        assertThat(retired.select("td[data-tier=BLOCK] [data-reason-code]").eachAttr("data-reason-code"))
                .containsExactly("ADMIN_WRITEBACK_UNSUPPORTED");
        assertThat(retired.select("td[data-tier=BLOCK] [data-retired=true] .tag").text()).isEqualTo("retired");
        assertThat(retired.select("td[data-tier=FINDING] [data-reason-code]").eachAttr("data-reason-code"))
                .containsExactly("PROVISIONING_ERRORS");
        Element ready = row(page, readyWithFindings);
        assertThat(ready.select("td[data-tier=BLOCK]").text()).isEmpty();
        assertThat(ready.select("td[data-tier=FINDING] [data-reason-code]").eachAttr("data-reason-code"))
                .containsExactly("LICENSE_NOT_ASSIGNED", "SYNC_LATE");
        assertThat(ready.select("[data-retired]")).isEmpty();
    }

    @Test
    void theReasonFilterOffersBlocksFindingsAndRetiredCodesInGroups() {
        Document page = list("reason=SYNC_LATE");

        assertThat(page.select("#reason optgroup").eachAttr("data-kind")).containsExactly("BLOCK", "FINDING", "RETIRED");
        assertThat(page.select("#reason optgroup[data-kind=BLOCK] option").eachAttr("value")).containsExactly(
                "WRITEBACK_NOT_ENABLED", "LICENSE_MISSING", "SYNC_STALE", "METHODS_NOT_REGISTERED",
                "ONPREM_PROTECTED_ACCOUNT", "ADMIN_NEEDS_TWO_METHODS", "ADMIN_SSPR_DISABLED", "ACCOUNT_DISABLED",
                "SSPR_NOT_ENABLED", "GUEST_ACCOUNT", "RESET_LOCKED_OUT");
        assertThat(page.select("#reason optgroup[data-kind=FINDING] option").eachAttr("value"))
                .containsExactly("LICENSE_NOT_ASSIGNED", "PROVISIONING_ERRORS", "SYNC_LATE");
        assertThat(page.select("#reason optgroup[data-kind=RETIRED] option").eachAttr("value"))
                .containsExactly("SYNC_ERRORS", "ADMIN_WRITEBACK_UNSUPPORTED");
        assertThat(page.select("#reason optgroup").eachAttr("label"))
                .containsExactly("Blocks", "Findings (admin only)", "Retired codes (no longer raised)");
        assertThat(page.select("#reason option[selected]").attr("value")).isEqualTo("SYNC_LATE");
        assertThat(page.select("#reason option[value]:not([value=''])").eachAttr("value"))
                .as("every reason, once").hasSize(Reason.values().length).doesNotHaveDuplicates();
    }

    @Test
    void theDetailShowsBlocksAndFindingsApartAndMarksARetiredCode() {
        Document page = detail(blockedByRetiredCode, "en");

        Elements blocks = page.select("section[data-tier=BLOCK] .advice");
        assertThat(blocks.eachAttr("data-reason")).containsExactly("ADMIN_WRITEBACK_UNSUPPORTED");
        assertThat(blocks.attr("data-retired")).isEqualTo("true");
        assertThat(blocks.select("h3 .tag.retired").text()).isEqualTo("retired");
        assertThat(blocks.text()).contains("Cause:", "Fix:");
        Elements findings = page.select("section[data-tier=FINDING] .advice");
        assertThat(findings.eachAttr("data-reason")).containsExactly("PROVISIONING_ERRORS");
        assertThat(findings.select("h3 .tag.finding").text()).isEqualTo("finding: admin only");
        assertThat(page.select("section[data-tier=FINDING] > p").text()).startsWith("Reset works for this user");
        assertThat(findings.select("a").attr("href")).isEqualTo("https://learn.microsoft.com/en-us/entra/identity/"
                + "hybrid/connect/how-to-connect-syncservice-duplicate-attribute-resiliency");
    }

    @Test
    void aReadyAttemptShowsItsFindingsAndNoBlock() {
        Document page = detail(readyWithFindings, "en");

        assertThat(page.select("[data-outcome]").text()).isEqualTo("Ready");
        assertThat(page.select("section[data-tier=BLOCK]")).isEmpty();
        assertThat(page.select("section[data-tier=FINDING] .advice").eachAttr("data-reason"))
                .containsExactly("LICENSE_NOT_ASSIGNED", "SYNC_LATE");
    }

    @Test
    void theDetailShowsTheFactsTheChecksSawIncludingTheNewOnes() {
        Verdict verdict = new Verdict(Outcome.READY, List.of(), List.of(Reason.SYNC_LATE),
                Optional.of(SampleFacts.user()), Optional.of(SampleFacts.tenant()), Optional.empty(), List.of(),
                Duration.ofMillis(40));
        String code = attemptLog.record(new AttemptEntry("megan@contoso.com", "megan@contoso.com", verdict, "en", null,
                null)).referenceCode();

        Document page = Jsoup.parse(given().get("/admin/attempts/" + code).then().statusCode(200).extract().asString());

        assertThat(fact(page, "identity-issuers")).isEqualTo("contoso.com");
        assertThat(fact(page, "creation-type")).isEqualTo("LocalAccount");
        assertThat(fact(page, "admin-roles")).isEqualTo("Helpdesk Administrator, Mailbox Administrator");
        assertThat(fact(page, "role-names")).isEqualTo("Global Reader, Helpdesk Administrator, Mailbox Administrator");
        assertThat(fact(page, "unreadable-roles")).startsWith("1 (without template id or name");
        assertThat(fact(page, "declared-groups")).isEqualTo(SampleFacts.PROTECTED_GROUP);
        assertThat(fact(page, "report-admin")).isEqualTo("no");
        assertThat(fact(page, "registration-activity"))
                .isEqualTo("no registration: the report row stands, so a block may rest on it without a live look");
        assertThat(page.select("dd[data-fact=registration-activity]").first().previousElementSibling().text())
                .isEqualTo("Audit log since the report row");
        assertThat(fact(page, "custom-domain")).isEqualTo("yes");
        assertThat(fact(page, "directory-sync")).isEqualTo("yes");
        assertThat(fact(page, "subscriptions")).isEqualTo("SPE_E5: in force, 250 enabled units, with Entra ID P1/P2; "
                + "O365_BUSINESS_PREMIUM: not in force (SUSPENDED), 10 enabled units, without Entra ID P1/P2");
        assertThat(fact(page, "policy-methods-required")).isEqualTo("2");
        assertThat(fact(page, "policy-methods")).isEqualTo("MOBILE_PHONE, EMAIL");
        assertThat(fact(page, "policy-enabled-group")).isEqualTo(SampleFacts.SSPR_GROUP);
        assertThat(fact(page, "policy-protected-groups")).isEqualTo(SampleFacts.PROTECTED_GROUP);
        assertThat(page.select("[data-older-record]")).isEmpty();
    }

    @Test
    void anAttemptRecordedBeforeTheNewFactsShowsWhatItKeptAndSaysWhatItLacks() {
        Attempt old = AttemptFixtures.insert("lee.gu@contoso.example", Outcome.BLOCKED,
                List.of(Reason.ADMIN_WRITEBACK_UNSUPPORTED), NOW.minus(Duration.ofDays(1)), 100,
                SampleFacts.VERSION_0_ROW);

        Document page = detail(old, "en");

        assertThat(fact(page, "admin-roles")).isEqualTo("Global Administrator");
        assertThat(fact(page, "provisioning-errors")).contains("PropertyConflict");
        assertThat(fact(page, "last-sync")).isEqualTo("2026-10-01 07:30:00 UTC");
        assertThat(page.select("[data-fact=subscriptions], [data-fact=role-names], [data-fact=report-admin], "
                + "[data-fact=registration-activity]")).isEmpty();
        assertThat(page.select("[data-older-record]").text()).contains("recorded before",
                "what the audit log said about the user's registrations");
        assertThat(page.select("section[data-tier=BLOCK] .advice[data-retired=true]").eachAttr("data-reason"))
                .containsExactly("ADMIN_WRITEBACK_UNSUPPORTED");
    }

    @Test
    void anAttemptRecordedBeforeTheAuditLogsWordWasKeptShowsItsOtherFactsAndSaysSo() {
        Attempt version2 = AttemptFixtures.insert("megan@contoso.com", Outcome.READY, List.of(),
                NOW.minus(Duration.ofHours(5)), 40, SampleFacts.VERSION_2_ROW);

        Document page = detail(version2, "sv");

        assertThat(fact(page, "role-names")).isEqualTo("Global Reader, Helpdesk Administrator, Mailbox Administrator");
        assertThat(page.select("[data-fact=registration-activity]")).isEmpty();
        assertThat(page.select("[data-older-record]").text())
                .isEqualTo(KeyTexts.shipped("atm_sv", "factsOlderRecordActivity"));
    }

    @ParameterizedTest
    @CsvSource({ "true", "false" })
    void findsAnAttemptByItsReferenceCodeHoweverItIsTyped(boolean lowerCase) {
        String typed = lowerCase ? blockedLicence.referenceCode.toLowerCase().replace("-", " ") : blockedLicence.referenceCode;

        Response response = given().redirects().follow(false).queryParam("code", typed).get("/admin/search");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.header("Location")).endsWith("/admin/attempts/" + blockedLicence.referenceCode);
    }

    @Test
    void saysSoWhenNoAttemptHasTheCode() {
        Response response = given().queryParam("code", "ZZZZ-ZZZZ").get("/admin/search");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.asString()).select("#search-error").text())
                .isEqualTo("No attempt has the reference code ZZZZ-ZZZZ.");
    }

    @Test
    void theDashboardCountsEveryOutcomeAndDrawsTheBlockedOnes() {
        Document page = Jsoup.parse(given().get("/admin").then().statusCode(200).extract().asString());

        assertThat(page.select("[data-outcome=BLOCKED] .count").text()).isEqualTo("3");
        assertThat(page.select("[data-outcome=READY] .count").text()).isEqualTo("2");
        assertThat(page.select("[data-outcome=UNKNOWN_USER] .count").text()).isEqualTo("1");
        assertThat(page.select("[data-outcome=CHECKS_UNAVAILABLE] .count").text()).isEqualTo("1");
        assertThat(page.select("svg[role=img] rect").eachAttr("data-series")).as("blocks only, retired ones included")
                .containsExactlyInAnyOrder("LICENSE_MISSING", "LICENSE_MISSING", "SYNC_ERRORS",
                        "ADMIN_WRITEBACK_UNSUPPORTED");
        Elements blocked = page.select("table[data-tier=BLOCK] tr[data-reason]");
        assertThat(blocked.eachAttr("data-reason")).containsExactly("LICENSE_MISSING", "SYNC_ERRORS",
                "ADMIN_WRITEBACK_UNSUPPORTED");
        assertThat(page.select("table[data-tier=BLOCK] tr[data-reason=LICENSE_MISSING] td").text()).isEqualTo("2");
        assertThat(page.select("table[data-tier=BLOCK] tr[data-reason=SYNC_ERRORS] td").text()).isEqualTo("1");
    }

    @Test
    void theDashboardKeepsTheHistoryOfRetiredCodesMarkedRetired() {
        Document page = Jsoup.parse(given().get("/admin").then().statusCode(200).extract().asString());

        assertThat(page.select(".legend li[data-retired=true]").eachAttr("data-series"))
                .containsExactly("SYNC_ERRORS", "ADMIN_WRITEBACK_UNSUPPORTED");
        assertThat(page.select(".legend li[data-series=SYNC_ERRORS] .tag").text()).isEqualTo("retired");
        assertThat(page.select(".legend li[data-series=LICENSE_MISSING] .tag")).isEmpty();
        assertThat(page.select("table[data-tier=BLOCK] tr[data-retired=true]").eachAttr("data-reason"))
                .containsExactly("SYNC_ERRORS", "ADMIN_WRITEBACK_UNSUPPORTED");
    }

    @Test
    void theDashboardCountsFindingsApartFromBlocksWhateverTheOutcome() {
        Document page = Jsoup.parse(given().get("/admin").then().statusCode(200).extract().asString());

        Elements findings = page.select("table[data-tier=FINDING] tr[data-reason]");
        assertThat(findings.eachAttr("data-reason")).containsExactly("LICENSE_NOT_ASSIGNED", "PROVISIONING_ERRORS",
                "SYNC_LATE");
        assertThat(findings.select("td").eachText()).containsExactly("1", "1", "1");
        assertThat(page.select("table[data-tier=FINDING] tr[data-reason=LICENSE_NOT_ASSIGNED] a").attr("href"))
                .endsWith("&reason=LICENSE_NOT_ASSIGNED");
        assertThat(page.select(".legend li[data-series=LICENSE_NOT_ASSIGNED]")).as("findings block nobody").isEmpty();
    }

    @Test
    void theDashboardSaysSoWhenThePeriodHasNoFindings() {
        AttemptFixtures.clear();
        AttemptFixtures.insert("lee.gu@contoso.example", Outcome.BLOCKED, List.of(Reason.LICENSE_MISSING), NOW);

        Document page = Jsoup.parse(given().get("/admin").then().statusCode(200).extract().asString());

        assertThat(page.select("table[data-tier=FINDING]")).isEmpty();
        assertThat(page.select("section.findings .empty").text()).isEqualTo("No findings in this period.");
    }

    @Test
    void theConsoleSpeaksSwedishToo() {
        Document page = Jsoup.parse(given().header("Accept-Language", "sv").get("/admin").asString());

        assertThat(page.select("h1").text()).isEqualTo("Vad som hindrar lösenordsåterställning");
        assertThat(page.select("tr[data-reason=LICENSE_MISSING] th a").text())
                .isEqualTo(KeyTexts.shipped("rad_sv", "title_$LICENSE_MISSING"));
    }

    @Test
    void writesTimesAndNumbersTheGermanWay() {
        Document detail = Jsoup.parse(given().header("Accept-Language", "de")
                .get("/admin/attempts/" + blockedLicence.referenceCode).then().statusCode(200).extract().asString());
        assertThat(detail.select("dd time").text()).isEqualTo(DateTimeFormatter.ofPattern("dd.MM.yyyy, HH:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC).format(blockedLicence.occurredAt));

        Document list = Jsoup.parse(given().header("Accept-Language", "de").get("/admin/attempts?outcome=CHECKS_UNAVAILABLE")
                .then().statusCode(200).extract().asString());
        assertThat(list.select("td.number").text()).isEqualTo("3.000 ms");

        Document dashboard = Jsoup.parse(given().header("Accept-Language", "de").get("/admin").asString());
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(dashboard.select("svg[role=img] > text").eachText())
                .contains(DateTimeFormatter.ofPattern("dd.MM.yyyy").format(today));
    }

    @Test
    void writesTimesAndNumbersTheJapaneseWay() {
        for (int i = 0; i < 1000; i++) {
            AttemptFixtures.insert("many" + i + "@contoso.example", Outcome.READY, List.of(), NOW.minusSeconds(i), 5);
        }
        Document list = Jsoup.parse(given().header("Accept-Language", "ja").get("/admin/attempts?outcome=READY")
                .then().statusCode(200).extract().asString());
        assertThat(list.select("p.matching").text()).isEqualTo("1,002 件の試行が一致します。");
        Element first = list.select("tr[data-reference-code] time").first();
        // Japanese writes the hour without a leading zero (0:02, not 00:02).
        assertThat(first.text()).isEqualTo(DateTimeFormatter.ofPattern("yyyy/MM/dd H:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC).format(Instant.parse(first.attr("datetime"))));

        Document dashboard = Jsoup.parse(given().header("Accept-Language", "ja").get("/admin").asString());
        assertThat(dashboard.select("[data-outcome=READY] .count").text()).isEqualTo("1,002");
    }

    @Test
    void theExportStaysIsoWhateverTheLanguage() {
        String csv = given().header("Accept-Language", "de").get("/admin/attempts/export.csv?outcome=CHECKS_UNAVAILABLE")
                .asString();

        assertThat(csv.split("\r\n")[1]).matches("[^,]+,\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},.*,3000,.*");
    }

    @Test
    void recordsWhoViewedAndExportedWhat() {
        list("outcome=BLOCKED");
        given().get("/admin/attempts/export.csv?reason=SYNC_ERRORS");

        List<String> trail = StoredAttempts.consoleAccesses().stream()
                .map(a -> a.actor + " " + a.action + " " + a.detail).toList();
        assertThat(trail).anySatisfy(line -> assertThat(line).startsWith("helpdesk.anna view-attempts")
                .contains("outcome=BLOCKED"));
        assertThat(trail).anySatisfy(line -> assertThat(line).startsWith("helpdesk.anna export-attempts")
                .contains("reason=SYNC_ERRORS"));
    }

    private static Document list(String query) {
        String uri = query.isEmpty() ? "/admin/attempts" : "/admin/attempts?" + query;
        return Jsoup.parse(given().get(uri).then().statusCode(200).extract().asString());
    }

    private static Document detail(Attempt attempt, String language) {
        return Jsoup.parse(given().header("Accept-Language", language).get("/admin/attempts/" + attempt.referenceCode)
                .then().statusCode(200).extract().asString());
    }

    private static Element row(Document list, Attempt attempt) {
        return list.selectFirst("tr[data-reference-code=" + attempt.referenceCode + "]");
    }

    private static String fact(Document detail, String key) {
        return detail.select("dd[data-fact=" + key + "]").text();
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
