package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.audit.ConsoleAccess;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/** The console's attempt list, export, detail and search, signed in with the app role. */
@QuarkusTest
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class AttemptsConsoleTest {

    private static final Instant NOW = Instant.now();
    private Attempt blockedLicence;

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
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "                                     | 5",
            "outcome=BLOCKED                      | 2",
            "outcome=READY                        | 1",
            "reason=SYNC_ERRORS                   | 1",
            "reason=LICENSE_MISSING               | 2",
            "username=LEE.GU                      | 1",
            "username=contoso                     | 5",
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
    void checksAgainNowWithTodaysFacts() {
        Response detail = given().get("/admin/attempts/" + blockedLicence.referenceCode);
        String token = csrfToken(detail.asString());

        Response recheck = given().cookie("csrf-token", detail.getCookie("csrf-token")).formParam("csrf-token", token)
                .post("/admin/attempts/" + blockedLicence.referenceCode + "/recheck");

        assertThat(recheck.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(recheck.asString());
        assertThat(page.select(".recheck-result").text()).contains("Result now: Blocked");
        assertThat(page.select(".recheck-result [data-reason]").eachAttr("data-reason"))
                .containsExactly("LICENSE_MISSING");
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

        assertThat(page.select("[data-outcome=BLOCKED] .count").text()).isEqualTo("2");
        assertThat(page.select("[data-outcome=READY] .count").text()).isEqualTo("1");
        assertThat(page.select("[data-outcome=UNKNOWN_USER] .count").text()).isEqualTo("1");
        assertThat(page.select("[data-outcome=CHECKS_UNAVAILABLE] .count").text()).isEqualTo("1");
        assertThat(page.select("svg[role=img] rect")).hasSize(3);
        assertThat(page.select("tr[data-reason=LICENSE_MISSING] td").text()).isEqualTo("2");
        assertThat(page.select("tr[data-reason=SYNC_ERRORS] td").text()).isEqualTo("1");
    }

    @Test
    void theConsoleSpeaksSwedishToo() {
        Document page = Jsoup.parse(given().header("Accept-Language", "sv").get("/admin").asString());

        assertThat(page.select("h1").text()).isEqualTo("Vad som hindrar lösenordsåterställning");
        assertThat(page.select("tr[data-reason=LICENSE_MISSING] th a").text())
                .isEqualTo("Ingen licens som omfattar återställning");
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
        assertThat(list.select("p.matching").text()).isEqualTo("1,001 件の試行が一致します。");
        Element first = list.select("tr[data-reference-code] time").first();
        // Japanese writes the hour without a leading zero (0:02, not 00:02).
        assertThat(first.text()).isEqualTo(DateTimeFormatter.ofPattern("yyyy/MM/dd H:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC).format(Instant.parse(first.attr("datetime"))));

        Document dashboard = Jsoup.parse(given().header("Accept-Language", "ja").get("/admin").asString());
        assertThat(dashboard.select("[data-outcome=READY] .count").text()).isEqualTo("1,001");
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

        List<String> trail = QuarkusTransaction.requiringNew().call(() -> ConsoleAccess.<ConsoleAccess> listAll()
                .stream().map(a -> a.actor + " " + a.action + " " + a.detail).toList());
        assertThat(trail).anySatisfy(line -> assertThat(line).startsWith("helpdesk.anna view-attempts")
                .contains("outcome=BLOCKED"));
        assertThat(trail).anySatisfy(line -> assertThat(line).startsWith("helpdesk.anna export-attempts")
                .contains("reason=SYNC_ERRORS"));
    }

    private static Document list(String query) {
        String uri = query.isEmpty() ? "/admin/attempts" : "/admin/attempts?" + query;
        return Jsoup.parse(given().get(uri).then().statusCode(200).extract().asString());
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
