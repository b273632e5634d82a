package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The readiness scan pages of the console, signed in with the app role: scans of the bundled demo tenant, and
 * scans written into the store for what the demo cannot show on demand (users with findings only, the
 * retired codes of an old scan, many users, a change between two scans).
 */
@QuarkusTest
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class ScansConsoleTest {

    private static final DemoScanExpectations DEMO = DemoScanExpectations.load();
    private static final String CSV_HEADER = "user_principal_name,display_name,object_id,blocks,findings,retired_reasons,"
            + "registration_from_report";

    @Inject
    ScanStore store;

    private ScanFixtures fixtures;

    @BeforeEach
    void noScanRuns() {
        fixtures = new ScanFixtures(store);
        fixtures.stopRunning();
    }

    @AfterEach
    void stopFixtures() {
        fixtures.stopRunning();
    }

    @Test
    void startsAWholeTenantScanThatFindsTheDemoTenantsBlockedUsers() {
        Response started = start(Map.of("scope", "tenant"));

        assertThat(started.statusCode()).isEqualTo(303);
        long id = scanId(started);
        ScanRecord scan = awaitFinished(id);
        assertThat(scan.status()).isEqualTo(ScanStatus.COMPLETE);
        assertThat(scan.startedBy()).isEqualTo("helpdesk.anna");

        Document page = page(id);
        assertThat(page.select("h1").text()).isEqualTo("Readiness scan " + id);
        assertThat(page.select("[data-status]").attr("data-status")).isEqualTo("COMPLETE");
        assertThat(page.select("[data-count=listed]").text()).isEqualTo(Integer.toString(DEMO.users()));
        assertThat(page.select("[data-count=guests]").text()).isEqualTo(Integer.toString(DEMO.guests()));
        assertThat(page.select("[data-count=blocked]").text()).isEqualTo(Integer.toString(DEMO.blocked().size()));
        Map<String, String> perBlock = page.select("table.reason-counts[data-tier=block] tr[data-reason]").stream()
                .collect(Collectors.toMap(row -> row.attr("data-reason"), row -> row.select("td").text()));
        assertThat(perBlock).isEqualTo(DEMO.perReason().entrySet().stream().filter(e -> e.getKey().blocks())
                .collect(Collectors.toMap(e -> e.getKey().name(), e -> e.getValue().toString())));
        assertThat(page.select(".advice[data-reason]").eachAttr("data-reason"))
                .containsExactlyInAnyOrderElementsOf(
                        page.select("table.reason-counts tr[data-reason]").eachAttr("data-reason"));
        assertThat(page.select(".advice[data-reason=WRITEBACK_NOT_ENABLED]").text()).contains("Cause:", "Fix:");
        assertThat(page.select(".advice[data-reason=WRITEBACK_NOT_ENABLED] a").attr("href")).isEqualTo(
                "https://learn.microsoft.com/en-us/entra/identity/authentication/tutorial-enable-sspr-writeback");
        assertThat(page.select("#users tr[data-upn]").eachAttr("data-upn"))
                .containsExactlyInAnyOrderElementsOf(DEMO.blocked().keySet());
        // Each blocked user's blocks lead to that reason's cause, fix and link on the same page.
        Map.Entry<String, List<Reason>> twoBlocks = DEMO.blocked().entrySet().stream()
                .filter(user -> user.getValue().stream().filter(Reason::blocks).count() > 1).findFirst().orElseThrow();
        assertThat(page.select("tr[data-upn='" + twoBlocks.getKey() + "'] td.blocks a:has(code.reason-code)")
                .eachAttr("href")).containsExactlyElementsOf(twoBlocks.getValue().stream().filter(Reason::blocks)
                        .map(reason -> "#advice-" + reason.name()).toList());
        assertThat(page.select("article.advice#advice-" + twoBlocks.getValue().get(0).name())).hasSize(1);
        assertThat(page.select("tr[data-from-report]").eachAttr("data-upn")).contains("lynne.robbins@contoso.example",
                "patti.fernandez@contoso.example");
        assertThat(page.select("p.note").text()).contains("rests on the registration report alone");
        assertThat(page.select("meta[http-equiv=refresh]")).as("no refresh once finished").isEmpty();
        assertThat(page.select("script")).isEmpty();
    }

    @Test
    void exportsTheDemoTenantsBlockedUsersAsCsvWithTheirBlocksInOneColumn() {
        long id = completeWholeTenantScan();

        Response csv = given().get("/admin/scans/" + id + "/blocked.csv");

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", "sspr-scan-" + id + "-blocked.csv");
        List<String> lines = Arrays.asList(csv.asString().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo(CSV_HEADER);
        Map<String, String> blocksByUpn = lines.subList(1, lines.size()).stream().map(line -> line.split(",", -1))
                .collect(Collectors.toMap(cells -> cells[0], cells -> cells[3]));
        assertThat(blocksByUpn).isEqualTo(DEMO.blocked().entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> e.getValue().stream().filter(Reason::blocks).map(Reason::name).collect(Collectors.joining(" ")))));

        String writeback = given().queryParam("reason", "WRITEBACK_NOT_ENABLED").get("/admin/scans/" + id + "/blocked.csv")
                .asString();
        assertThat(writeback.split("\r\n")).hasSize(1 + DEMO.perReason().get(Reason.WRITEBACK_NOT_ENABLED).intValue());
    }

    @Test
    void showsUsersWithFindingsOnlyInTheirOwnListAndCountsBlocksAndFindingsApart() {
        long id = fixtures.complete(List.of(
                ScanFixtures.user("anna@contoso.example", "Anna", Reason.ACCOUNT_DISABLED, Reason.LICENSE_NOT_ASSIGNED),
                ScanFixtures.user("bert@contoso.example", "Bert", Reason.METHODS_NOT_REGISTERED),
                ScanFixtures.user("carl@contoso.example", "Carl", Reason.LICENSE_NOT_ASSIGNED),
                ScanFixtures.user("dora@contoso.example", "Dora", Reason.PROVISIONING_ERRORS, Reason.SYNC_LATE),
                ScanFixtures.user("eve@contoso.example", "Eve", Reason.LICENSE_NOT_ASSIGNED))).id();

        Document blocked = page(id);
        Document findingsOnly = Jsoup.parse(given().get(withoutFragment(blocked.select("nav.list-switch a").attr("href")))
                .then().statusCode(200).extract().asString());
        Document filtered = Jsoup.parse(given().get(withoutFragment(
                blocked.select("table[data-tier=finding] tr[data-reason=SYNC_LATE] a").attr("href"))).asString());

        assertThat(blocked.select("[data-count=blocked]").text()).isEqualTo("2");
        assertThat(blocked.select("[data-count=findings-only]").text()).isEqualTo("3");
        assertThat(counts(blocked, "block")).isEqualTo(Map.of("ACCOUNT_DISABLED", "1", "METHODS_NOT_REGISTERED", "1"));
        assertThat(counts(blocked, "finding")).as("a finding counts every user who has it, blocked or not")
                .isEqualTo(Map.of("LICENSE_NOT_ASSIGNED", "3", "PROVISIONING_ERRORS", "1", "SYNC_LATE", "1"));
        assertThat(blocked.select("table[data-tier=retired]")).isEmpty();
        assertThat(blocked.select("#users h2").text()).isEqualTo("Blocked users");
        assertThat(blocked.select("nav.list-switch [aria-current]").text()).isEqualTo("Blocked users (2)");
        assertThat(blocked.select("#users tr[data-upn]").eachAttr("data-upn")).containsExactly("anna@contoso.example",
                "bert@contoso.example");
        assertThat(blocked.select("tr[data-upn='anna@contoso.example'] td.blocks code").eachText())
                .containsExactly("ACCOUNT_DISABLED");
        assertThat(blocked.select("tr[data-upn='anna@contoso.example'] td.findings code").eachText())
                .containsExactly("LICENSE_NOT_ASSIGNED");
        assertThat(blocked.select("select#reason optgroup").eachAttr("label")).containsExactly("Blocks", "Findings");
        assertThat(blocked.select("a.export").attr("href")).isEqualTo("/admin/scans/" + id + "/blocked.csv");

        assertThat(findingsOnly.select("#users").attr("data-list")).isEqualTo("findings");
        assertThat(findingsOnly.select("#users h2").text()).isEqualTo("Users with findings only");
        assertThat(findingsOnly.select("nav.list-switch [aria-current]").text())
                .isEqualTo("Users with findings only (3)");
        assertThat(findingsOnly.select("#users tr[data-upn]").eachAttr("data-upn")).containsExactly(
                "carl@contoso.example", "dora@contoso.example", "eve@contoso.example");
        assertThat(findingsOnly.select("td.blocks")).as("no blocks to show").isEmpty();
        assertThat(findingsOnly.select("tr[data-upn='dora@contoso.example'] td.findings code").eachText())
                .containsExactly("PROVISIONING_ERRORS", "SYNC_LATE");
        assertThat(findingsOnly.select("select#reason optgroup").eachAttr("label")).containsExactly("Findings");
        assertThat(findingsOnly.select("form.filter input[name=list]").val()).isEqualTo("findings");
        assertThat(findingsOnly.select(".matching").text()).isEqualTo("3 users with findings only match.");
        assertThat(findingsOnly.select("a.export").attr("href")).isEqualTo("/admin/scans/" + id + "/findings.csv");

        assertThat(filtered.select("#users tr[data-upn]").eachAttr("data-upn")).containsExactly("dora@contoso.example");
        assertThat(filtered.select("select#reason option[selected]").val()).isEqualTo("SYNC_LATE");
        assertThat(filtered.select("a.export").attr("href"))
                .isEqualTo("/admin/scans/" + id + "/findings.csv?reason=SYNC_LATE");
        assertThat(Jsoup.parse(given().queryParam("reason", "LICENSE_NOT_ASSIGNED").get("/admin/scans/" + id).asString())
                .select("#users tr[data-upn]").eachAttr("data-upn")).as("blocked users who have the finding too")
                .containsExactly("anna@contoso.example");
        Response unknownList = given().queryParam("list", "everyone").get("/admin/scans/" + id);
        assertThat(unknownList.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknownList.asString()).select(".error-summary li").text())
                .isEqualTo("That list is not known.");
    }

    @Test
    void exportsBlocksAndFindingsInSeparateColumnsAndEachListToItsOwnFile() {
        long id = fixtures.complete(List.of(
                ScanFixtures.user("anna@contoso.example", "Anna", Reason.ACCOUNT_DISABLED, Reason.LICENSE_NOT_ASSIGNED),
                ScanFixtures.user("carl@contoso.example", "Carl", Reason.LICENSE_NOT_ASSIGNED, Reason.SYNC_LATE))).id();

        Response blocked = given().get("/admin/scans/" + id + "/blocked.csv");
        Response findingsOnly = given().get("/admin/scans/" + id + "/findings.csv");

        assertThat(blocked.asString()).isEqualTo(CSV_HEADER + "\r\n"
                + "anna@contoso.example,Anna," + ScanFixtures.objectId("anna@contoso.example")
                + ",ACCOUNT_DISABLED,LICENSE_NOT_ASSIGNED,,false\r\n");
        assertThat(findingsOnly.header("Content-Disposition")).contains("sspr-scan-" + id + "-findings.csv");
        assertThat(findingsOnly.asString().split("\r\n")).containsExactly(CSV_HEADER,
                "carl@contoso.example,Carl," + ScanFixtures.objectId("carl@contoso.example")
                        + ",,LICENSE_NOT_ASSIGNED SYNC_LATE,,false");
        assertThat(given().queryParam("reason", "SYNC_LATE").get("/admin/scans/" + id + "/blocked.csv").asString()
                .split("\r\n")).containsExactly(CSV_HEADER);
    }

    /**
     * A scan stored before two codes were retired (as the scans of the release before hold them) still shows
     * them, marked retired: in their own group of counts, on each user, in the filter, with their advice, and
     * in the CSV.
     */
    @Test
    void showsTheRetiredCodesOfAnOldScanMarkedRetiredOnThePageInTheFilterAndInTheCsv() {
        long id = fixtures.complete(List.of(
                ScanFixtures.user("anna@contoso.example", "Anna", Reason.LICENSE_MISSING, Reason.SYNC_ERRORS),
                ScanFixtures.user("bert@contoso.example", "Bert", Reason.WRITEBACK_NOT_ENABLED,
                        Reason.ADMIN_WRITEBACK_UNSUPPORTED),
                ScanFixtures.user("carl@contoso.example", "Carl", Reason.ACCOUNT_DISABLED))).id();

        Document page = page(id);
        Document bySyncErrors = Jsoup.parse(given().get(withoutFragment(
                page.select("table[data-tier=retired] tr[data-reason=SYNC_ERRORS] a").attr("href"))).then()
                .statusCode(200).extract().asString());
        String csv = given().queryParam("reason", "ADMIN_WRITEBACK_UNSUPPORTED").get("/admin/scans/" + id + "/blocked.csv")
                .asString();

        assertThat(page.select("[data-count=blocked]").text()).isEqualTo("3");
        assertThat(counts(page, "retired")).isEqualTo(Map.of("SYNC_ERRORS", "1", "ADMIN_WRITEBACK_UNSUPPORTED", "1"));
        assertThat(counts(page, "block")).isEqualTo(Map.of("LICENSE_MISSING", "1", "WRITEBACK_NOT_ENABLED", "1",
                "ACCOUNT_DISABLED", "1"));
        assertThat(page.select("#retired-heading").text()).isEqualTo("Retired codes");
        assertThat(page.select("tr[data-upn='anna@contoso.example'] td.blocks a").eachText())
                .containsExactly("LICENSE_MISSING", "SYNC_ERRORS (retired)");
        assertThat(page.select("tr[data-upn='anna@contoso.example'] a[data-retired] code").eachText())
                .containsExactly("SYNC_ERRORS");
        assertThat(page.select("tr[data-upn='bert@contoso.example'] a[data-retired]").attr("href"))
                .isEqualTo("#advice-ADMIN_WRITEBACK_UNSUPPORTED");
        assertThat(page.select("article.advice#advice-ADMIN_WRITEBACK_UNSUPPORTED")).hasSize(1);
        assertThat(page.select("select#reason optgroup[label='Retired codes'] option").eachAttr("value"))
                .containsExactlyInAnyOrder("SYNC_ERRORS", "ADMIN_WRITEBACK_UNSUPPORTED");

        assertThat(bySyncErrors.select("#users tr[data-upn]").eachAttr("data-upn")).containsExactly("anna@contoso.example");
        assertThat(bySyncErrors.select("select#reason option[selected]").val()).isEqualTo("SYNC_ERRORS");

        assertThat(csv.split("\r\n")).containsExactly(CSV_HEADER, "bert@contoso.example,Bert,"
                + ScanFixtures.objectId("bert@contoso.example")
                + ",WRITEBACK_NOT_ENABLED ADMIN_WRITEBACK_UNSUPPORTED,,ADMIN_WRITEBACK_UNSUPPORTED,false");
    }

    @Test
    void neutralisesFormulasInTheCsv() {
        ScanRecord scan = fixtures.complete(List.of(
                ScanFixtures.user("eve@contoso.example", "=HYPERLINK(\"http://evil\",\"click\")", Reason.LICENSE_MISSING),
                ScanFixtures.user("+cmd@contoso.example", "Plain, with a comma", Reason.SYNC_ERRORS)));

        String csv = given().get("/admin/scans/" + scan.id() + "/blocked.csv").then().statusCode(200).extract()
                .asString();

        assertThat(csv).contains("\r\n'+cmd@contoso.example,\"Plain, with a comma\",")
                .contains("\r\neve@contoso.example,\"'=HYPERLINK(\"\"http://evil\"\",\"\"click\"\")\",");
    }

    @Test
    void aRunningScanShowsItsProgressAndRefreshesItselfWithoutJavaScript() {
        ScanRecord scan = fixtures.running(ScanScope.wholeTenant(), 29);
        fixtures.page(scan, 12, 1, 3, List.of());

        JsonPath progress = given().accept("application/json").get("/admin/scans/" + scan.id() + "/progress").then()
                .statusCode(200).contentType("application/json").extract().jsonPath();
        assertThat(progress.getLong("listed")).isEqualTo(12);
        assertThat(progress.getLong("total")).isEqualTo(29);
        assertThat(progress.getInt("percent")).isEqualTo(41);
        assertThat(progress.getBoolean("finished")).isFalse();
        assertThat(progress.getString("status")).isEqualTo("RUNNING");
        assertThat(progress.getString("countText")).isEqualTo("12 of 29 users scanned");
        assertThat(progress.getString("elapsedText")).startsWith("Elapsed: ");
        assertThat(progress.getString("remainingText")).startsWith("About ").endsWith(" left");

        Document running = page(scan.id());
        assertThat(running.select("progress").attr("value")).isEqualTo("41");
        assertThat(running.select("progress").attr("max")).isEqualTo("100");
        assertThat(running.select("[data-field=count]").text()).isEqualTo("12 of 29 users scanned");
        assertThat(running.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("5");
        assertThat(running.select("script[src=/js/scan-progress.js]")).hasSize(1);
        assertThat(running.select("[data-progress-url]").attr("data-progress-url"))
                .isEqualTo("/admin/scans/" + scan.id() + "/progress");

        fixtures.fail(scan, "Graph answered 503 on GET /users (page 2)");

        Document failed = page(scan.id());
        assertThat(failed.select("[data-status]").attr("data-status")).isEqualTo("FAILED");
        assertThat(failed.select(".scan-failed").text()).contains("Graph answered 503 on GET /users (page 2)",
                "This scan has no result");
        assertThat(failed.select("meta[http-equiv=refresh]")).isEmpty();
        assertThat(failed.select("progress")).isEmpty();
        assertThat(given().get("/admin/scans/" + scan.id() + "/blocked.csv").statusCode()).isEqualTo(409);
        assertThat(given().get("/admin/scans/" + scan.id() + "/progress").jsonPath().getBoolean("finished")).isTrue();
    }

    @Test
    void theProgressSpeaksThePagesLanguage() {
        ScanRecord scan = fixtures.running(ScanScope.wholeTenant(), 2900);
        fixtures.page(scan, 1200, 0, 3, List.of());

        JsonPath progress = given().header("Accept-Language", "de").get("/admin/scans/" + scan.id() + "/progress")
                .jsonPath();

        assertThat(progress.getString("countText")).isEqualTo("1.200 von 2.900 Benutzern geprüft");
    }

    @Test
    void refusesASecondScanWhileOneRunsAndLinksToIt() {
        ScanRecord running = fixtures.running(ScanScope.wholeTenant(), 29);
        int scansBefore = store.recent(1000).size();

        Response second = start(Map.of("scope", "tenant"));

        assertThat(second.statusCode()).isEqualTo(409);
        Document page = Jsoup.parse(second.asString());
        assertThat(page.select(".error-summary").text()).contains("Another scan is running");
        assertThat(page.select(".error-summary a").attr("href")).isEqualTo("/admin/scans/" + running.id());
        assertThat(store.recent(1000)).hasSize(scansBefore);
    }

    @Test
    void scansOneGroupByItsName() {
        Response started = start(Map.of("scope", "group", "group", "Finance"));

        assertThat(started.statusCode()).isEqualTo(303);
        ScanRecord scan = awaitFinished(scanId(started));
        List<String> members = DEMO.membersOf("Finance");
        assertThat(scan.scope().groupName()).contains("Finance");
        assertThat(scan.usersListed()).isEqualTo(members.size());
        Document page = page(scan.id());
        assertThat(page.select("dd").eachText()).contains("Group Finance");
        assertThat(page.select("tr[data-upn]").eachAttr("data-upn"))
                .containsExactlyInAnyOrderElementsOf(DEMO.blockedAmong(new HashSet<>(members)).keySet())
                .isNotEmpty();
    }

    @Test
    void offersTheGroupsThatShareANameAndStartsTheOneChosen() {
        int scansBefore = store.recent(1000).size();

        Response ambiguous = start(Map.of("scope", "group", "group", "Project Falcon"));

        assertThat(ambiguous.statusCode()).isEqualTo(400);
        assertThat(store.recent(1000)).as("nothing started").hasSize(scansBefore);
        Document form = Jsoup.parse(ambiguous.asString());
        assertThat(form.select(".error-summary").text()).contains("Several groups are named Project Falcon");
        List<String> ids = form.select("form.group-choice input[name=groupId]").eachAttr("value");
        assertThat(ids).hasSize(2).doesNotHaveDuplicates();
        assertThat(form.select("form.group-choice input[name=group]").val()).isEqualTo("Project Falcon");

        Response chosen = start(Map.of("scope", "group", "group", "Project Falcon", "groupId", ids.get(1)));

        assertThat(chosen.statusCode()).isEqualTo(303);
        ScanRecord scan = awaitFinished(scanId(chosen));
        assertThat(scan.scope().groupId()).contains(ids.get(1));
        assertThat(scan.status()).isEqualTo(ScanStatus.COMPLETE);
    }

    @Test
    void refusesAnUnknownGroupAndStartsNothing() {
        int scansBefore = store.recent(1000).size();

        Response response = start(Map.of("scope", "group", "group", "Nobody's group"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(response.asString()).select(".error-summary li").text())
                .isEqualTo("No group is named Nobody's group. Group names must match exactly.");
        assertThat(store.recent(1000)).hasSize(scansBefore);
        assertThat(store.running()).isEmpty();
    }

    @Test
    void refusesBadInputWithTheFormAndStartsNothing() {
        int scansBefore = store.recent(1000).size();

        Response tooLong = start(Map.of("scope", "group", "group", "g".repeat(300)));
        Response control = start(Map.of("scope", "group", "group", "Fin\u0000ance"));
        Response empty = start(Map.of("scope", "group", "group", " "));

        assertThat(List.of(tooLong.statusCode(), control.statusCode(), empty.statusCode())).containsOnly(400);
        assertThat(Jsoup.parse(tooLong.asString()).select(".error-summary li").text()).contains("too long");
        assertThat(Jsoup.parse(control.asString()).select(".error-summary li").text()).contains("control characters");
        assertThat(Jsoup.parse(empty.asString()).select(".error-summary li").text())
                .isEqualTo("Enter the group's name.");
        assertThat(Jsoup.parse(tooLong.asString()).select("form.scan-start")).hasSize(1);
        assertThat(store.recent(1000)).hasSize(scansBefore);
    }

    @Test
    void refusesAStartWithoutTheCsrfToken() {
        int scansBefore = store.recent(1000).size();

        Response forged = given().redirects().follow(false).formParam("scope", "tenant").post("/admin/scans");

        assertThat(forged.statusCode()).isEqualTo(400);
        assertThat(store.recent(1000)).hasSize(scansBefore);
    }

    @Test
    void unknownAndNonNumericScansAreNotFound() {
        assertThat(given().get("/admin/scans/987654321").statusCode()).isEqualTo(404);
        assertThat(given().get("/admin/scans/abc").statusCode()).isEqualTo(404);
        assertThat(given().get("/admin/scans/abc/blocked.csv").statusCode()).isEqualTo(404);
        Response progress = given().get("/admin/scans/987654321/progress");
        assertThat(progress.statusCode()).isEqualTo(404);
        assertThat(progress.contentType()).startsWith("application/problem+json");
    }

    @Test
    void showsWhatChangedAmongBlockedUsersSinceThePreviousScanOfTheSameScope() {
        FlaggedUser stays = ScanFixtures.user("stays@contoso.example", "Stays", Reason.LICENSE_MISSING);
        FlaggedUser finding = ScanFixtures.user("finding@contoso.example", "Finding", Reason.SYNC_LATE);
        fixtures.complete(List.of(stays, finding, ScanFixtures.user("fixed@contoso.example", "Fixed", Reason.SYNC_ERRORS),
                ScanFixtures.user("eased@contoso.example", "Eased", Reason.ACCOUNT_DISABLED, Reason.SYNC_LATE)));
        ScanRecord later = fixtures.complete(List.of(stays, finding,
                ScanFixtures.user("new@contoso.example", "New", Reason.ACCOUNT_DISABLED),
                ScanFixtures.user("eased@contoso.example", "Eased", Reason.SYNC_LATE),
                ScanFixtures.user("another@contoso.example", "Another finding", Reason.PROVISIONING_ERRORS)));

        Document page = page(later.id());

        assertThat(page.select("[data-change=newly-blocked] h3").text()).isEqualTo("Newly blocked: 1");
        assertThat(page.select("[data-change=newly-blocked] li .username").eachText())
                .containsExactly("new@contoso.example");
        assertThat(page.select("[data-change=no-longer-blocked] h3").text()).endsWith(": 2");
        assertThat(page.select("[data-change=no-longer-blocked] li .username").eachText())
                .as("fixed, and down to a finding").containsExactly("eased@contoso.example", "fixed@contoso.example");
        assertThat(page.select("[data-change=no-longer-blocked] li:has(.username:contains(fixed@)) a").text())
                .isEqualTo("SYNC_ERRORS (retired)");
    }

    @Test
    void filtersAndPagesTheBlockedUsers() {
        List<FlaggedUser> sixty = IntStream.range(0, 60)
                .mapToObj(i -> ScanFixtures.user(String.format("user%02d@contoso.example", i), "User " + i,
                        i % 3 == 0 ? Reason.SYNC_ERRORS : Reason.LICENSE_MISSING))
                .toList();
        long id = fixtures.complete(sixty).id();

        Document first = page(id);
        Document second = Jsoup
                .parse(given().get(withoutFragment(first.select("a[rel=next]").attr("href"))).then().statusCode(200)
                        .extract().asString());
        Document syncErrors = Jsoup.parse(given().queryParam("reason", "SYNC_ERRORS").get("/admin/scans/" + id)
                .asString());
        Document search = Jsoup.parse(given().queryParam("search", "USER5").get("/admin/scans/" + id).asString());
        Response badReason = given().queryParam("reason", "DROP TABLE").get("/admin/scans/" + id);

        assertThat(first.select("tr[data-upn]")).hasSize(50);
        assertThat(first.select(".matching").attr("data-total")).isEqualTo("60");
        assertThat(second.select("tr[data-upn]")).hasSize(10);
        assertThat(second.select("tr[data-upn]").last().attr("data-upn")).isEqualTo("user59@contoso.example");
        assertThat(syncErrors.select("tr[data-upn]")).hasSize(20);
        assertThat(syncErrors.select("a.export").attr("href"))
                .isEqualTo("/admin/scans/" + id + "/blocked.csv?reason=SYNC_ERRORS");
        assertThat(search.select("tr[data-upn]").eachAttr("data-upn")).hasSize(10).allMatch(upn -> upn.startsWith("user5"));
        assertThat(badReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(badReason.asString()).select(".error-summary li").text())
                .isEqualTo("That reason is not known.");
    }

    @Test
    void theScansPageListsRecentScansAndDrawsTheTrend() {
        long id = completeWholeTenantScan();
        ScanRecord scan = store.find(id).orElseThrow();

        Document total = Jsoup.parse(given().get("/admin/scans").then().statusCode(200).extract().asString());
        Document perReason = Jsoup.parse(given().get("/admin/scans?trend=reasons").asString());

        assertThat(total.select("tr[data-scan=" + id + "]").attr("data-status")).isEqualTo("COMPLETE");
        assertThat(total.select("tr[data-scan=" + id + "] td").eachText()).contains("Whole organisation", "helpdesk.anna",
                Long.toString(scan.usersListed()), Long.toString(scan.usersBlocked()));
        assertThat(total.select("svg[role=img] g[data-key=" + id + "] rect").eachAttr("data-count"))
                .containsExactly(Long.toString(scan.usersBlocked()));
        assertThat(perReason.select("svg[role=img] g[data-key=" + id + "] rect").eachAttr("data-series"))
                .as("blocks only: findings block nobody")
                .containsExactlyInAnyOrderElementsOf(scan.reasonCounts().keySet().stream().filter(Reason::blocks)
                        .map(Reason::name).toList());
        assertThat(total.select("#running-heading + p").text()).isEqualTo("No scan is running.");
        assertThat(total.select("form.scan-start input[name=csrf-token]")).hasSize(1);
    }

    /** A group of the scan page's counts per reason: code to the count shown. */
    private static Map<String, String> counts(Document page, String tier) {
        return page.select("table.reason-counts[data-tier=" + tier + "] tr[data-reason]").stream()
                .collect(Collectors.toMap(row -> row.attr("data-reason"), row -> row.select("td").text()));
    }

    private long completeWholeTenantScan() {
        ScanRecord scan = awaitFinished(scanId(start(Map.of("scope", "tenant"))));
        assertThat(scan.status()).isEqualTo(ScanStatus.COMPLETE);
        return scan.id();
    }

    /** Posts the start form with the CSRF token of a freshly loaded scans page; redirects are not followed. */
    private static Response start(Map<String, String> form) {
        Response scans = given().get("/admin/scans");
        return given().redirects().follow(false).cookie("csrf-token", scans.getCookie("csrf-token"))
                .formParam("csrf-token", csrfToken(scans.asString())).formParams(form).post("/admin/scans");
    }

    private static long scanId(Response started) {
        assertThat(started.statusCode()).as(started.asString()).isEqualTo(303);
        Matcher matcher = Pattern.compile("/admin/scans/(\\d+)$").matcher(started.header("Location"));
        assertThat(matcher.find()).as("Location %s", started.header("Location")).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private ScanRecord awaitFinished(long id) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> store.find(id).map(scan -> scan.status() != ScanStatus.RUNNING).orElse(false));
        return store.find(id).orElseThrow();
    }

    private static Document page(long id) {
        return Jsoup.parse(given().get("/admin/scans/" + id).then().statusCode(200).extract().asString());
    }

    /** A browser keeps the "#blocked" of a link to itself; REST Assured would send it. */
    private static String withoutFragment(String href) {
        return href.replaceFirst("#.*$", "");
    }

    private static String csrfToken(String html) {
        Matcher matcher = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }
}
