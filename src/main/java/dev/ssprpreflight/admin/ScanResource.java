package dev.ssprpreflight.admin;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.scan.ScanStore;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One readiness scan: its page (progress, or result, or failure), its progress as JSON, and its two lists as
 * CSV (the blocked users, the users with findings only).
 */
@Path("/admin/scans/{id}")
@RolesAllowed("${sspr.admin.role}")
@Produces(MediaType.TEXT_HTML)
public class ScanResource {

    /** How many users of each side of the change the page lists. */
    static final int CHANGE_SAMPLE = 10;
    /** The CSV of the blocked users, with their blocks and findings. */
    static final String BLOCKED_CSV = "blocked.csv";
    /** The CSV of the users with findings only. */
    static final String FINDINGS_ONLY_CSV = "findings.csv";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scan(ScanView view);
    }

    private final ScanStore store;
    private final ConsolePages pages;
    private final AdminConfig config;
    private final ObjectMapper json;
    private final Clock clock;

    ScanResource(ScanStore store, ConsolePages pages, AdminConfig config, ObjectMapper json, Clock clock) {
        this.store = store;
        this.pages = pages;
        this.config = config;
        this.json = json;
        this.clock = clock;
    }

    @GET
    public Response scan(@PathParam("id") String id, @QueryParam("list") String list,
            @QueryParam("reason") String reason, @QueryParam("search") String search, @QueryParam("page") String page,
            @Context HttpHeaders headers) {
        ScanRecord scan = find(id).orElseThrow(NotFoundException::new);
        UiLanguage language = pages.language(headers);
        ScanMessages msg = Texts.in(ScanMessages.class, language);
        AdminMessages console = ConsolePages.messages(language);
        LocaleFormats formats = LocaleFormats.of(language);
        Instant now = clock.instant();
        FlaggedFilter filter = new FlaggedFilter(list, reason, search, page);
        ScanLinks links = new ScanLinks(scan.id(), filter);
        ConsoleFrame frame = pages.frame(language, links.scan());
        ScanRow row = ScanRow.of(scan, now, msg, console, formats);
        if (scan.status() != ScanStatus.COMPLETE) {
            ScanProgressText progress = scan.status() == ScanStatus.RUNNING
                    ? ScanProgressText.of(scan, now, msg, console, formats)
                    : null;
            pages.audit("view-scan", Long.toString(scan.id()));
            ScanView view = new ScanView(frame, row, progress, ScanReasonCounts.none(), List.of(), null, null, links);
            return ConsolePages.html(Response.ok(), Templates.scan(view), language).build();
        }
        Map<Reason, ReasonAdvice> advice = new EnumMap<>(Reason.class);
        scan.reasonCounts().keySet().forEach(r -> advice.put(r, ConsoleTexts.advice(r, language)));
        ScanReasonCounts reasons = ScanReasonCounts.of(scan.reasonCounts(), r -> advice.get(r).title(), links, formats);
        FlaggedFilter.Parsed parsed = filter.toQuery(config.pageSize());
        pages.audit("view-scan", scan.id() + parsed.query().map(ScanResource::describe).orElse(" (invalid filter)"));
        ScanView.Users users = users(scan, filter, parsed, reasons, msg, console, formats);
        ScanView view = new ScanView(frame, row, null, reasons,
                reasons.all().stream().map(count -> advice.get(Reason.valueOf(count.code()))).toList(),
                changes(scan, formats), users, links);
        Response.ResponseBuilder status = parsed.query().isPresent() ? Response.ok()
                : Response.status(Response.Status.BAD_REQUEST);
        return ConsolePages.html(status, Templates.scan(view), language).build();
    }

    /** The numbers and sentences of the progress bar, for the page's script; not audited, as it is polled. */
    @GET
    @Path("progress")
    @Produces(MediaType.APPLICATION_JSON)
    public Response progress(@PathParam("id") String id, @Context HttpHeaders headers) throws JsonProcessingException {
        Optional<ScanRecord> scan = find(id);
        if (scan.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND).type("application/problem+json")
                    .entity(json.writeValueAsString(Map.of("type", "about:blank", "title", "Not Found", "status", 404,
                            "detail", "No readiness scan has that number.")))
                    .build();
        }
        UiLanguage language = pages.language(headers);
        ScanProgressText progress = ScanProgressText.of(scan.get(), clock.instant(), Texts.in(ScanMessages.class, language),
                ConsolePages.messages(language), LocaleFormats.of(language));
        return Response.ok(json.writeValueAsString(progress), MediaType.APPLICATION_JSON_TYPE)
                .header("Cache-Control", "no-store").build();
    }

    /** The (filtered) blocked users as CSV, with their blocks and findings in separate columns. */
    @GET
    @Path(BLOCKED_CSV)
    @Produces("text/csv")
    public Response exportBlocked(@PathParam("id") String id, @QueryParam("reason") String reason,
            @QueryParam("search") String search) {
        return export(id, FlaggedUser.Standing.BLOCKED, reason, search);
    }

    /** The (filtered) users with findings only as CSV, in the same columns as the blocked users. */
    @GET
    @Path(FINDINGS_ONLY_CSV)
    @Produces("text/csv")
    public Response exportFindingsOnly(@PathParam("id") String id, @QueryParam("reason") String reason,
            @QueryParam("search") String search) {
        return export(id, FlaggedUser.Standing.FINDINGS_ONLY, reason, search);
    }

    /** One list as CSV, streamed row by row; only a complete scan has a result to export. */
    private Response export(String id, FlaggedUser.Standing standing, String reason, String search) {
        ScanRecord scan = find(id).orElseThrow(NotFoundException::new);
        if (scan.status() != ScanStatus.COMPLETE) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Scan " + scan.id() + " is " + scan.status() + ": only a complete scan has a result.")
                    .build();
        }
        FlaggedFilter.Parsed parsed = new FlaggedFilter(FlaggedFilter.listParameter(standing), reason, search, null)
                .toQuery(config.pageSize());
        if (parsed.query().isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Invalid filter: " + parsed.problems()).build();
        }
        ScanStore.FlaggedQuery query = parsed.query().get();
        pages.audit("export-scan", scan.id() + describe(query));
        StreamingOutput body = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(writer);
            csv.row(FlaggedUserRow.CSV_HEADER);
            store.forEachFlagged(scan.id(), query, user -> csv.row(FlaggedUserRow.of(user).csvCells()));
            writer.flush();
        };
        String file = standing == FlaggedUser.Standing.BLOCKED ? BLOCKED_CSV : FINDINGS_ONLY_CSV;
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sspr-scan-" + scan.id() + "-" + file + "\"")
                .build();
    }

    private ScanView.Users users(ScanRecord scan, FlaggedFilter filter, FlaggedFilter.Parsed parsed,
            ScanReasonCounts reasons, ScanMessages msg, AdminMessages console, LocaleFormats formats) {
        List<ScanReasonCounts.ChoiceGroup> choices = reasons.choices(filter.standing(), msg);
        String blocked = formats.number(scan.usersBlocked());
        String findingsOnly = formats.number(scan.usersWithFindingsOnly());
        if (parsed.query().isEmpty()) {
            List<String> problems = parsed.problems().stream().map(problem -> problem(problem, msg, console)).toList();
            return new ScanView.Users(filter, problems, List.of(), formats.number(0), 0, 1, 1, formats.number(1),
                    formats.number(1), choices, blocked, findingsOnly);
        }
        ScanStore.FlaggedQuery query = parsed.query().get();
        ScanStore.FlaggedPage page = store.flagged(scan.id(), query);
        long pageCount = Math.max(1, (page.total() + query.pageSize() - 1) / query.pageSize());
        long pageNumber = query.page() + 1L;
        return new ScanView.Users(filter, List.of(), page.users().stream().map(FlaggedUserRow::of).toList(),
                formats.number(page.total()), page.total(), pageNumber, pageCount, formats.number(pageNumber),
                formats.number(pageCount), choices, blocked, findingsOnly);
    }

    private ScanView.Changes changes(ScanRecord scan, LocaleFormats formats) {
        Optional<ScanRecord> previous = store.previousComplete(scan);
        if (previous.isEmpty()) {
            return new ScanView.Changes(null, null, null, List.of(), null, List.of());
        }
        ScanStore.ScanDiff diff = store.diff(previous.get().id(), scan.id(), CHANGE_SAMPLE);
        return new ScanView.Changes(previous.get().id(), formats.dateTimeUtc(previous.get().startedAt()),
                formats.number(diff.newlyBlockedCount()), diff.newlyBlocked().stream().map(FlaggedUserRow::of).toList(),
                formats.number(diff.noLongerBlockedCount()),
                diff.noLongerBlocked().stream().map(FlaggedUserRow::of).toList());
    }

    /** The scan with that number; empty for an unknown or non-numeric one (both are a 404). */
    private Optional<ScanRecord> find(String id) {
        try {
            return store.find(Long.parseLong(id.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static String describe(ScanStore.FlaggedQuery query) {
        return " list=" + FlaggedFilter.listParameter(query.standing())
                + query.reason().map(r -> " reason=" + r).orElse("") + query.search().map(s -> " search~" + s).orElse("")
                + " page=" + (query.page() + 1);
    }

    private static String problem(FlaggedFilter.Problem problem, ScanMessages msg, AdminMessages console) {
        return switch (problem) {
            case LIST -> msg.scanErrorList();
            case REASON -> console.errorReason();
            case SEARCH -> msg.scanErrorSearch();
            case PAGE -> console.errorPage();
        };
    }
}
