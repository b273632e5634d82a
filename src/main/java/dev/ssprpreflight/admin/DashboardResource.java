package dev.ssprpreflight.admin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptSearch;
import dev.ssprpreflight.audit.DailyReasonCount;
import dev.ssprpreflight.audit.ReferenceCode;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.web.LanguageChoice;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The console's home: what blocks password reset in the organisation, and a reference-code search. */
@Path("/admin")
@RolesAllowed("${sspr.admin.role}")
@Produces(MediaType.TEXT_HTML)
public class DashboardResource {

    static final List<Integer> PERIODS = List.of(7, 30, 90);
    static final int DEFAULT_PERIOD = 30;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(DashboardView view);
    }

    private final AttemptSearch search;
    private final ConsolePages pages;
    private final LanguageChoice languageChoice;
    private final Clock clock;

    DashboardResource(AttemptSearch search, ConsolePages pages, LanguageChoice languageChoice, Clock clock) {
        this.search = search;
        this.pages = pages;
        this.languageChoice = languageChoice;
        this.clock = clock;
    }

    @GET
    public Response dashboard(@QueryParam("days") String days, @Context HttpHeaders headers) {
        // Text, not Integer: the framework answers an unconvertible Integer with a bare 404. The period is
        // chosen from three links, so anything else shows the default period, which the page names.
        int period = PERIODS.stream().filter(choice -> String.valueOf(choice).equals(days)).findFirst()
                .orElse(DEFAULT_PERIOD);
        pages.audit("view-dashboard", "days=" + period);
        return render(period, null, headers, Response.ok());
    }

    /** Finds an attempt by the code a user reads out; forgiving about case, dashes and look-alike letters. */
    @GET
    @Path("search")
    public Response search(@QueryParam("code") String code, @Context HttpHeaders headers) {
        UiLanguage language = pages.language(headers);
        DashboardMessages msg = Texts.in(DashboardMessages.class, language);
        Optional<String> parsed = ReferenceCode.parse(code);
        pages.audit("search-reference", parsed.orElse("(invalid)"));
        if (parsed.isEmpty()) {
            return render(DEFAULT_PERIOD, msg.searchInvalid(), headers, Response.status(Response.Status.BAD_REQUEST));
        }
        Attempt attempt = search.byReferenceCode(parsed.get());
        if (attempt == null) {
            return render(DEFAULT_PERIOD, msg.searchNotFound(parsed.get()), headers,
                    Response.status(Response.Status.NOT_FOUND));
        }
        return Response.seeOther(URI.create("/admin/attempts/" + attempt.referenceCode)).build();
    }

    /** Switches the console's language and returns to the page the admin was on. */
    @GET
    @Path("language")
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String target = back != null && back.matches("/admin(/[A-Za-z0-9._~/-]*)?") ? back : "/admin";
        Response.ResponseBuilder response = Response.seeOther(URI.create(target));
        UiLanguage.fromCode(to).ifPresent(language -> response.cookie(languageChoice.remember(language)));
        return response.build();
    }

    private Response render(int period, String searchMessage, HttpHeaders headers, Response.ResponseBuilder status) {
        UiLanguage language = pages.language(headers);
        AdminMessages console = ConsolePages.messages(language);
        DashboardMessages msg = Texts.in(DashboardMessages.class, language);
        LocalDate lastDay = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate firstDay = lastDay.minusDays(period - 1L);
        Instant from = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        Map<Outcome, Long> totals = search.totalsByOutcome(from, to);
        List<DashboardView.OutcomeTotal> outcomeTotals = Arrays.stream(Outcome.values())
                .map(o -> new DashboardView.OutcomeTotal(o.name(), ConsoleTexts.outcome(o, console), totals.get(o)))
                .toList();
        List<DailyReasonCount> blocked = search.blockedByReasonPerDay(from, to);
        LocaleFormats formats = LocaleFormats.of(language);
        BlockedChart chart = BlockedChart.daily(firstDay, lastDay, blocked, language, formats);
        List<DashboardView.ReasonTotal> findingTotals = totals(search.findingsByReasonPerDay(from, to), language);
        DashboardView view = new DashboardView(pages.frame(language, "/admin"), period, PERIODS, outcomeTotals, chart,
                msg.chartSummary(formats.date(firstDay), formats.date(lastDay)), totals(blocked, language),
                findingTotals, msg.findingsSummary(formats.date(firstDay), formats.date(lastDay)), searchMessage,
                firstDay.toString(), lastDay.toString(), formats);
        return ConsolePages.html(status, Templates.dashboard(view), language).build();
    }

    /** Attempts per reason over the period, most frequent first, each with its colour in the charts. */
    private static List<DashboardView.ReasonTotal> totals(List<DailyReasonCount> daily, UiLanguage language) {
        return daily.stream()
                .collect(Collectors.groupingBy(DailyReasonCount::reason, Collectors.summingLong(DailyReasonCount::count)))
                .entrySet().stream()
                .sorted(Map.Entry.<Reason, Long> comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new DashboardView.ReasonTotal(e.getKey().name(), ConsoleTexts.reasonTitle(e.getKey(), language),
                        e.getValue(), BlockedChart.colour(e.getKey()), e.getKey().retired()))
                .toList();
    }
}
