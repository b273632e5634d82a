package dev.ssprpreflight.admin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptFixtures;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.MemorySsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditStore.Event;
import dev.ssprpreflight.directory.SsprAuditTrail;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * The funnel page, its CSV and the attempt detail's "What Entra recorded afterwards", over the attempt log and an
 * audit trail put in place of the demo directory's (which reads no events). Window: the default hour.
 *
 * <pre>
 *  ready    u-1 READY   3 h ago   +5 min "User submitted their user ID", +10 min "Reset password (self-service)" success
 *  cancel   u-2 READY   3 h ago   +5 min flow failure "User cancelled before passing ..."
 *  blocked  u-3 BLOCKED METHODS_NOT_REGISTERED 2 h ago  +5 min submitted, +8 min "User successfully reset password"
 *  ghost    UNKNOWN_USER 2 h ago  no object id
 *  fresh    u-4 READY   10 min ago, nothing yet: window still open
 *
 *  checked 4, sent 3, reached 3, verified 2, succeeded 2, failed 1, went anyway 1, succeeded anyway 1, open 1,
 *  unknown usernames 1; READY 1 of 2 (50 %), BLOCKED 1 of 1 (100 %), METHODS_NOT_REGISTERED 1 of 1
 * </pre>
 */
@QuarkusTest
@TestSecurity(user = "helpdesk.anna", roles = "SsprPreflight.Admin", authMechanism = "code")
class FunnelConsoleTest {

    private static final String FLOW = "Self-service password reset flow activity progress";
    private static final String CANCELLED = "User cancelled before passing the required authentication methods";

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    private final List<Event> events = new ArrayList<>();
    private Attempt ready;
    private Attempt fresh;
    private Attempt ghost;

    @BeforeEach
    void seed() {
        AttemptFixtures.clear();
        Instant threeHoursAgo = now.minus(Duration.ofHours(3));
        Instant twoHoursAgo = now.minus(Duration.ofHours(2));
        ready = AttemptFixtures.insertOf("ready@contoso.example", "u-1", Outcome.READY, List.of(), threeHoursAgo);
        event(threeHoursAgo.plus(Duration.ofMinutes(5)), "u-1", FLOW, "success", "User submitted their user ID");
        event(threeHoursAgo.plus(Duration.ofMinutes(10)), "u-1", "Reset password (self-service)", "success", "");
        AttemptFixtures.insertOf("cancel@contoso.example", "u-2", Outcome.READY, List.of(), threeHoursAgo);
        event(threeHoursAgo.plus(Duration.ofMinutes(5)), "u-2", FLOW, "failure", CANCELLED);
        AttemptFixtures.insertOf("blocked@contoso.example", "u-3", Outcome.BLOCKED,
                List.of(Reason.METHODS_NOT_REGISTERED), twoHoursAgo);
        event(twoHoursAgo.plus(Duration.ofMinutes(5)), "u-3", FLOW, "success", "User submitted their user ID");
        event(twoHoursAgo.plus(Duration.ofMinutes(8)), "u-3", FLOW, "success", "User successfully reset password");
        ghost = AttemptFixtures.insert("ghost@contoso.example", Outcome.UNKNOWN_USER, List.of(), twoHoursAgo);
        fresh = AttemptFixtures.insertOf("fresh@contoso.example", "u-4", Outcome.READY, List.of(),
                now.minus(Duration.ofMinutes(10)));
        MemorySsprAuditStore store = new MemorySsprAuditStore();
        store.keep(events);
        QuarkusMock.installMockForType(SsprAuditTrail.of(store), SsprAuditTrail.class);
    }

    @Test
    void showsEveryStageAndBothSharesWithTheirCounts() {
        Document page = page("/admin/funnel?days=7", "en");

        assertThat(page.select("tfoot tr[data-day=total] td").eachText()).containsExactly("4", "3", "3", "2", "2", "1",
                "0", "0", "1", "1", "1", "1");
        assertThat(page.select("dd[data-share=READY]").text()).isEqualTo("50% (1 of 2)");
        assertThat(page.select("dd[data-share=BLOCKED]").text()).isEqualTo("100% (1 of 1)");
        assertThat(page.select("td[data-share=METHODS_NOT_REGISTERED]").text()).isEqualTo("100% (1 of 1)");
        assertThat(page.select("[data-still-open]").attr("data-still-open")).isEqualTo("1");
        assertThat(page.select("[data-without-object-id]").attr("data-without-object-id")).isEqualTo("1");
        assertThat(page.select("table.entra-failures td.failure").eachText()).containsExactly(CANCELLED);
        assertThat(page.select("tr[data-reason=METHODS_NOT_REGISTERED] td[data-stage=SUCCEEDED_ANYWAY]").first().text())
                .isEqualTo("1");
        assertThat(page.select("g.bar[data-stage=SUCCEEDED]").attr("data-count")).isEqualTo("2");
        assertThat(page.select("svg title").first().text()).startsWith("Attempts per stage");
        assertThat(page.select("[data-entra-read=false]")).isEmpty();
        assertThat(page.select("nav a[href=/admin/funnel]").text()).isEqualTo("Funnel");
    }

    @Test
    void speaksThePagesLanguage() {
        Document page = page("/admin/funnel?days=7", "de");

        assertThat(page.select("h1").text()).isEqualTo("Von unserem Urteil zum Portal von Microsoft");
        assertThat(page.select("nav a[href=/admin/funnel]").text()).isEqualTo("Trichter");
        assertThat(page.select("dd[data-share=READY]").text()).isEqualTo("50 % (1 von 2)");
        assertThat(page.select("thead th[data-stage=SUCCEEDED_ANYWAY]").first().text())
                .isEqualTo("Blockiert, trotzdem gelungen");
    }

    @Test
    void countsEachAttemptOnItsUtcDay() {
        Document page = page("/admin/funnel", "en");

        String day = LocalDate.ofInstant(ready.occurredAt, ZoneOffset.UTC).toString();
        assertThat(page.select("tr[data-day=" + day + "] td[data-stage=CHECKED]").text()).isNotEqualTo("0");
        assertThat(page.select("tbody tr[data-day]")).hasSize(30);
        assertThat(page.select("select#days option[selected]").val()).isEqualTo("30");
    }

    @Test
    void saysNotKnownInsteadOfZeroWhenEntrasEventsAreNotRead() {
        QuarkusMock.installMockForType(SsprAuditTrail.NOT_READ, SsprAuditTrail.class);

        Document page = page("/admin/funnel?days=7", "en");

        assertThat(page.select("[data-entra-read=false] h2").text())
                .isEqualTo("Not known: Entra's events are not read");
        assertThat(page.select("tfoot td[data-stage=CHECKED]").text()).isEqualTo("4");
        assertThat(page.select("tfoot td[data-stage=SENT_TO_PORTAL]").text()).isEqualTo("3");
        assertThat(page.select("tfoot td[data-stage=REACHED]").text()).isEqualTo("not known");
        assertThat(page.select("tfoot td[data-stage=SUCCEEDED_ANYWAY]").text()).isEqualTo("not known");
        assertThat(page.select("[data-share]")).isEmpty();
        assertThat(page.select("g.bar").eachAttr("data-stage")).containsExactly("CHECKED", "SENT_TO_PORTAL");
        assertThat(page.text()).doesNotContain("0%");
    }

    @Test
    void refusesAPeriodThatIsNotOneOfTheChoicesWithAPage() {
        Response response = given().header("Accept-Language", "en").get("/admin/funnel?days=14");

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(response.asString());
        assertThat(page.select("[role=alert]").text()).isEqualTo("Choose a period of 7, 30 or 90 days.");
        assertThat(page.select("select#days option")).hasSize(3);
        assertThat(given().get("/admin/funnel/export.csv?days=abc").statusCode()).isEqualTo(400);
    }

    @Test
    void exportsEveryDayAndReasonAsCsv() {
        Response response = given().get("/admin/funnel/export.csv?days=7");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("text/csv");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"sspr-funnel.csv\"");
        List<String> lines = List.of(response.asString().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("day_utc,reason,tier,checked,sent_to_portal,reached,verified,"
                + "succeeded,failed,locked_out,unlocked,went_anyway,"
                + "succeeded_anyway,still_open,without_object_id,entra_failure_reasons");
        String blockedDay = LocalDate.ofInstant(now.minus(Duration.ofHours(2)), ZoneOffset.UTC).toString();
        assertThat(lines).contains(blockedDay + ",METHODS_NOT_REGISTERED,BLOCK,1,0,1,1,1,0,0,0,1,1,0,,");
        long checked = lines.stream().skip(1).filter(line -> line.contains(",ALL,"))
                .mapToLong(line -> Long.parseLong(line.split(",")[3])).sum();
        assertThat(checked).isEqualTo(4);
        assertThat(lines).anySatisfy(line -> assertThat(line).contains(",ALL,").endsWith(CANCELLED + " (1)"));
    }

    @Test
    void leavesEntrasCountsEmptyInTheCsvWhenItsEventsAreNotRead() {
        QuarkusMock.installMockForType(SsprAuditTrail.NOT_READ, SsprAuditTrail.class);

        String csv = given().get("/admin/funnel/export.csv?days=7").then().statusCode(200).extract().asString();

        String today = LocalDate.ofInstant(fresh.occurredAt, ZoneOffset.UTC).toString();
        assertThat(csv).contains(today + ",ALL,,").doesNotContain(",0,0,0,0,0,0,0,0,0,");
        String[] row = List.of(csv.split("\r\n")).stream().filter(line -> line.startsWith(today + ",ALL,"))
                .findFirst().orElseThrow().split(",", -1);
        assertThat(row).hasSize(16);
        assertThat(row[3]).isNotEmpty().isNotEqualTo("0");
        assertThat(List.of(row).subList(5, 14)).as("reached ... still_open").containsOnly("");
    }

    @Test
    void theAttemptDetailShowsWhatEntraRecordedAfterwardsVerbatim() {
        Document page = page("/admin/attempts/" + ready.referenceCode, "en");

        assertThat(page.select("[data-afterwards]").attr("data-afterwards")).isEqualTo("EVENTS");
        assertThat(page.select("table.entra-events tbody tr")).hasSize(2);
        assertThat(page.select("table.entra-events tbody tr").first().text())
                .contains(FLOW, "success", "User submitted their user ID");
        assertThat(page.select("table.entra-events tbody tr").last().attr("data-meaning")).isEqualTo("RESET_SUCCEEDED");
    }

    @Test
    void theAttemptDetailSaysTheWindowIsStillOpenOrNothingCameOrNotKnownOrNothingToFollow() {
        Attempt quiet = AttemptFixtures.insertOf("quiet@contoso.example", "u-5", Outcome.READY, List.of(),
                now.minus(Duration.ofHours(4)));

        Document open = page("/admin/attempts/" + fresh.referenceCode, "en");
        assertThat(open.select("[data-afterwards]").attr("data-afterwards")).isEqualTo("OPEN");
        assertThat(open.select(".afterwards p").eachText()).singleElement().asString()
                .startsWith("The window is still open until");

        Document nothing = page("/admin/attempts/" + quiet.referenceCode, "en");
        assertThat(nothing.select("[data-afterwards]").attr("data-afterwards")).isEqualTo("NOTHING");
        assertThat(nothing.select(".afterwards p").text())
                .isEqualTo("Entra recorded nothing for this user within 60 minutes after this check.");

        Document unknown = page("/admin/attempts/" + ghost.referenceCode, "en");
        assertThat(unknown.select("[data-afterwards]").attr("data-afterwards")).isEqualTo("NO_OBJECT_ID");

        QuarkusMock.installMockForType(SsprAuditTrail.NOT_READ, SsprAuditTrail.class);
        Document notRead = page("/admin/attempts/" + ready.referenceCode, "en");
        assertThat(notRead.select("[data-afterwards]").attr("data-afterwards")).isEqualTo("NOT_READ");
        assertThat(notRead.select(".afterwards p").text()).startsWith("Not known");
        assertThat(notRead.select("table.entra-events")).isEmpty();
    }

    @Test
    void theAttemptDetailStopsAtTheUsersNextAttempt() {
        Instant second = ready.occurredAt.plus(Duration.ofMinutes(7));
        AttemptFixtures.insertOf("ready@contoso.example", "u-1", Outcome.READY, List.of(), second);

        Document page = page("/admin/attempts/" + ready.referenceCode, "en");

        assertThat(page.select("table.entra-events tbody tr")).hasSize(1);
        assertThat(page.select(".afterwards p").eachText())
                .anySatisfy(text -> assertThat(text).startsWith("The user checked again at"));
    }

    private void event(Instant at, String user, String activity, String result, String step) {
        events.add(new Event("e" + events.size(), at, activity, result, step, "c-" + user, user));
    }

    private static Document page(String path, String language) {
        return Jsoup.parse(given().header("Accept-Language", language).get(path).then().statusCode(200).extract()
                .asString());
    }
}
