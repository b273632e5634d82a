package dev.ssprpreflight.admin;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.scan.ReadinessScans;
import dev.ssprpreflight.scan.ScanRecord;
import dev.ssprpreflight.scan.ScanRequest;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStore;
import dev.ssprpreflight.scan.StartResult;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Readiness scans for admins: start one, see the running one, the trend and the recent scans. */
@Path("/admin/scans")
@RolesAllowed("${sspr.admin.role}")
@Produces(MediaType.TEXT_HTML)
public class ScansResource {

    static final String PATH = "/admin/scans";
    static final int RECENT = 20;
    static final String TREND_BY_REASON = "reasons";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance scans(ScansView view);
    }

    private final ReadinessScans scans;
    private final ScanStore store;
    private final ConsolePages pages;
    private final Clock clock;

    ScansResource(ReadinessScans scans, ScanStore store, ConsolePages pages, Clock clock) {
        this.scans = scans;
        this.store = store;
        this.pages = pages;
        this.clock = clock;
    }

    @GET
    public Response overview(@QueryParam("trend") String trend, @Context HttpHeaders headers) {
        pages.audit("view-scans", "");
        return render(ScanStartForm.blank(), List.of(), null, TREND_BY_REASON.equals(trend), headers, Response.ok());
    }

    /** Starts a scan and shows its page, or the form again with what stopped it; nothing starts on bad input. */
    @POST
    public Response start(@FormParam("scope") String scope, @FormParam("group") String group,
            @FormParam("groupId") String groupId, @Context HttpHeaders headers) {
        ScanMessages msg = Texts.in(ScanMessages.class, pages.language(headers));
        ScanStartForm form = new ScanStartForm(scope, group, groupId);
        ScanStartForm.Parsed parsed = form.toRequest();
        if (parsed.request().isEmpty()) {
            List<String> problems = parsed.problems().stream().map(problem -> problem(problem, msg)).toList();
            return render(form, problems, null, false, headers, Response.status(Response.Status.BAD_REQUEST));
        }
        ScanRequest request = parsed.request().get();
        pages.audit("start-scan", request.groupName().map(name -> "group=" + name).orElse("tenant")
                + request.groupId().map(id -> " groupId=" + id).orElse(""));
        StartResult result = scans.start(request, pages.actor());
        if (result instanceof StartResult.Started started) {
            return Response.seeOther(URI.create(PATH + "/" + started.scanId())).build();
        }
        ScanStartRefusal refusal = ScanStartRefusal.of(result, msg);
        return render(form, List.of(), refusal, false, headers, Response.status(refusal.status()));
    }

    private Response render(ScanStartForm form, List<String> problems, ScanStartRefusal refusal, boolean trendByReason,
            HttpHeaders headers, Response.ResponseBuilder status) {
        UiLanguage language = pages.language(headers);
        ScanMessages msg = Texts.in(ScanMessages.class, language);
        AdminMessages console = ConsolePages.messages(language);
        LocaleFormats formats = LocaleFormats.of(language);
        Instant now = clock.instant();
        // Through the service, which first marks a scan whose replica died as failed.
        ScanRecord running = scans.running().orElse(null);
        BlockedChart trend = ScanTrend.chart(store.completed(ScanScope.wholeTenant(), ScanTrend.SCANS), trendByReason,
                msg, language, formats);
        List<ScanRow> recent = store.recent(RECENT).stream().map(scan -> ScanRow.of(scan, now, msg, console, formats)).toList();
        ScansView view = new ScansView(pages.frame(language, PATH), form, problems, refusal,
                running == null ? null : ScanRow.of(running, now, msg, console, formats),
                running == null ? null : ScanProgressText.of(running, now, msg, console, formats), trend,
                ScanTrend.summary(trend, trendByReason, msg), trendByReason, recent);
        return ConsolePages.html(status, Templates.scans(view), language).build();
    }

    private static String problem(ScanStartForm.Problem problem, ScanMessages msg) {
        return switch (problem) {
            case SCOPE -> msg.scanErrorScope();
            case GROUP_MISSING -> msg.scanErrorGroupMissing();
            case GROUP_NAME -> msg.scanErrorGroupName();
            case GROUP_ID -> msg.scanErrorGroupId();
        };
    }
}
