package dev.ssprpreflight.admin;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptPage;
import dev.ssprpreflight.audit.AttemptQuery;
import dev.ssprpreflight.audit.AttemptSearch;
import dev.ssprpreflight.audit.FactsJson;
import dev.ssprpreflight.audit.ReferenceCode;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The attempt log for admins: a filtered list, its CSV export, one attempt, and "check again now". */
@Path("/admin/attempts")
@RolesAllowed("${sspr.admin.role}")
@Produces(MediaType.TEXT_HTML)
public class AttemptsResource {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance list(AttemptListView view);

        static native TemplateInstance detail(AttemptDetailView view);
    }

    private final AttemptSearch search;
    private final FactsJson factsJson;
    private final PreflightService preflight;
    private final ConsolePages pages;
    private final AdminConfig config;
    private final FunnelService funnels;
    private final Clock clock;

    AttemptsResource(AttemptSearch search, FactsJson factsJson, PreflightService preflight, ConsolePages pages,
            AdminConfig config, FunnelService funnels, Clock clock) {
        this.search = search;
        this.funnels = funnels;
        this.factsJson = factsJson;
        this.preflight = preflight;
        this.pages = pages;
        this.config = config;
        this.clock = clock;
    }

    @GET
    public Response list(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("outcome") String outcome, @QueryParam("reason") String reason,
            @QueryParam("username") String username, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @QueryParam("page") String page, @Context HttpHeaders headers) {
        UiLanguage language = pages.language(headers);
        AdminMessages console = ConsolePages.messages(language);
        AttemptFilter filter = new AttemptFilter(from, to, outcome, reason, username, sort, dir, page);
        AttemptFilter.Parsed parsed = filter.toQuery(clock, config.pageSize());
        List<AttemptListView.Choice> outcomes = Arrays.stream(Outcome.values())
                .map(o -> new AttemptListView.Choice(o.name(), ConsoleTexts.outcome(o, console))).toList();
        List<AttemptListView.ChoiceGroup> reasons = AttemptListView.reasonChoices(console, language);
        if (parsed.query().isEmpty()) {
            AttemptMessages msg = Texts.in(AttemptMessages.class, language);
            List<String> problems = parsed.problems().stream().map(p -> problem(p, msg, console)).toList();
            AttemptListView view = new AttemptListView(pages.frame(language, FilterLinks.LIST), filter, problems,
                    List.of(), 0, 1, 1, new FilterLinks(filter), outcomes, reasons, LocaleFormats.of(language));
            return ConsolePages.html(Response.status(Response.Status.BAD_REQUEST), Templates.list(view), language)
                    .build();
        }
        AttemptQuery query = parsed.query().get();
        pages.audit("view-attempts", describe(query));
        AttemptPage result = search.page(query);
        LocaleFormats formats = LocaleFormats.of(language);
        List<AttemptRow> rows = result.attempts().stream().map(a -> AttemptRow.of(a, console, formats)).toList();
        AttemptListView view = new AttemptListView(pages.frame(language, FilterLinks.LIST), filter, List.of(), rows,
                result.total(), result.page(), result.pageCount(), new FilterLinks(filter), outcomes, reasons, formats);
        return ConsolePages.html(Response.ok(), Templates.list(view), language).build();
    }

    /** The filtered list as CSV, streamed row by row so that a large export needs no memory. */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("outcome") String outcome, @QueryParam("reason") String reason,
            @QueryParam("username") String username, @QueryParam("sort") String sort, @QueryParam("dir") String dir,
            @Context HttpHeaders headers) {
        AttemptFilter filter = new AttemptFilter(from, to, outcome, reason, username, sort, dir, null);
        AttemptFilter.Parsed parsed = filter.toQuery(clock, config.pageSize());
        if (parsed.query().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Invalid filter: " + parsed.problems()).build();
        }
        AttemptQuery query = parsed.query().get();
        pages.audit("export-attempts", describe(query));
        AdminMessages console = ConsolePages.messages(UiLanguage.DEFAULT);
        StreamingOutput body = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(writer);
            csv.row(AttemptRow.CSV_HEADER);
            // The CSV is for machines: ISO times in UTC and plain numbers, whatever the console's language.
            LocaleFormats formats = LocaleFormats.of(UiLanguage.DEFAULT);
            search.forEach(query, attempt -> csv.row(AttemptRow.of(attempt, console, formats).csvCells()));
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sspr-attempts.csv\"").build();
    }

    @GET
    @Path("{code}")
    public Response detail(@PathParam("code") String code, @Context HttpHeaders headers) {
        Attempt attempt = find(code);
        pages.audit("view-attempt", attempt.referenceCode);
        return detailPage(attempt, null, headers);
    }

    /** Runs every check again for the attempt's username, now; shows the result without recording it. */
    @POST
    @Path("{code}/recheck")
    public Response recheck(@PathParam("code") String code, @Context HttpHeaders headers) {
        Attempt attempt = find(code);
        pages.audit("recheck-attempt", attempt.referenceCode);
        UiLanguage language = pages.language(headers);
        AdminMessages console = ConsolePages.messages(language);
        Verdict now = preflight.check(attempt.usernameEntered);
        var recheck = new AttemptDetailView.Recheck(ConsoleTexts.outcome(now.outcome(), console),
                advice(now.blocks(), language), advice(now.findings(), language));
        return detailPage(attempt, recheck, headers);
    }

    private Response detailPage(Attempt attempt, AttemptDetailView.Recheck recheck, HttpHeaders headers) {
        UiLanguage language = pages.language(headers);
        AdminMessages console = ConsolePages.messages(language);
        LocaleFormats formats = LocaleFormats.of(language);
        AttemptRow row = AttemptRow.of(attempt, console, formats);
        AttemptMessages msg = Texts.in(AttemptMessages.class, language);
        List<Reason> blocks = attempt.reasons.stream().filter(Reason::blocks).toList();
        List<Reason> findings = attempt.reasons.stream().filter(reason -> !reason.blocks()).toList();
        AttemptDetailView view = new AttemptDetailView(pages.frame(language, FilterLinks.LIST + "/" + row.referenceCode()),
                row, advice(blocks, language), advice(findings, language),
                FactRows.of(factsJson.read(attempt), msg, console, formats), recheck,
                AfterwardsSection.of(attempt, funnels.entraRead(), funnels.afterwards(attempt),
                        funnels.window().toMinutes(), FunnelResource.messages(language), formats));
        return ConsolePages.html(Response.ok(), Templates.detail(view), language).build();
    }

    /** The advice for each reason, in catalogue order. */
    private static List<ReasonAdvice> advice(Collection<Reason> reasons, UiLanguage language) {
        return reasons.stream().sorted().map(reason -> ConsoleTexts.advice(reason, language)).toList();
    }

    private Attempt find(String code) {
        Attempt attempt = ReferenceCode.parse(code).map(search::byReferenceCode).orElse(null);
        if (attempt == null) {
            throw new NotFoundException();
        }
        return attempt;
    }

    private static String describe(AttemptQuery query) {
        return "from=" + query.from() + " to=" + query.to() + query.outcome().map(o -> " outcome=" + o).orElse("")
                + query.reason().map(r -> " reason=" + r).orElse("")
                + query.usernameContains().map(u -> " username~" + u).orElse("") + " page=" + query.page();
    }

    private static String problem(AttemptFilter.Problem problem, AttemptMessages msg, AdminMessages console) {
        return switch (problem) {
            case DATE -> msg.errorDate();
            case PERIOD -> msg.errorPeriod();
            case OUTCOME -> msg.errorOutcome();
            case REASON -> console.errorReason();
            case USERNAME -> msg.errorUsername();
            case PAGE -> console.errorPage();
            case SORT -> msg.errorSort();
        };
    }
}
