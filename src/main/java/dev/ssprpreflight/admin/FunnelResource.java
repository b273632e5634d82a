package dev.ssprpreflight.admin;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import dev.ssprpreflight.admin.funnel.Funnel;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The funnel from our verdict to Microsoft's portal (issue 15): per UTC day and per reason, how many checked users
 * reached the portal, verified, reset or failed, and how well the checks predict. As a page and as CSV.
 */
@Path("/admin/funnel")
@RolesAllowed("${sspr.admin.role}")
@Produces(MediaType.TEXT_HTML)
public class FunnelResource {

    static final String PATH = "/admin/funnel";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance funnel(FunnelView view);

        static native TemplateInstance invalid(InvalidView view);
    }

    /** The 400 page: the period form and what was wrong with it. */
    public record InvalidView(ConsoleFrame frame, List<Integer> periodOptions, int days, String problem) {
    }

    private final FunnelService funnels;
    private final ConsolePages pages;
    private final Clock clock;

    FunnelResource(FunnelService funnels, ConsolePages pages, Clock clock) {
        this.funnels = funnels;
        this.pages = pages;
        this.clock = clock;
    }

    @GET
    public Response funnel(@QueryParam("days") String days, @Context HttpHeaders headers) {
        UiLanguage language = pages.language(headers);
        FunnelMessages msg = messages(language);
        Optional<Integer> period = period(days);
        if (period.isEmpty()) {
            InvalidView view = new InvalidView(pages.frame(language, PATH), DashboardResource.PERIODS,
                    DashboardResource.DEFAULT_PERIOD, msg.errorDays());
            return ConsolePages.html(Response.status(Response.Status.BAD_REQUEST), Templates.invalid(view), language)
                    .build();
        }
        pages.audit("view-funnel", "days=" + period.get());
        LocalDate lastDay = today();
        LocalDate firstDay = lastDay.minusDays(period.get() - 1L);
        Funnel funnel = funnels.period(firstDay, lastDay);
        boolean read = funnels.entraRead();
        LocaleFormats formats = LocaleFormats.of(language);
        FunnelRows rows = new FunnelRows(read, msg, formats, language);
        String first = formats.date(firstDay);
        String last = formats.date(lastDay);
        FunnelView view = new FunnelView(pages.frame(language, PATH), period.get(), DashboardResource.PERIODS, read,
                msg.windowNote(funnels.window().toMinutes()), FunnelChart.of(funnel.total(), read, msg, formats),
                msg.pictureSummary(first, last), rows.headings(), rows.days(funnel), msg.daysCaption(first, last),
                rows.reasons(funnel), rows.total(funnel, first + " – " + last), formats.number(funnel.withoutObjectId()),
                rows.share(funnel.ready()), rows.share(funnel.blocked()), formats.number(funnel.total().stillOpen()),
                rows.blockedByReason(funnel.blockedByReason()), rows.texts(funnel.failures()),
                rows.texts(funnel.unknownSteps()), PATH + "/export.csv?days=" + period.get());
        return ConsolePages.html(Response.ok(), Templates.funnel(view), language).build();
    }

    /** The funnel as CSV, one row per day and per reason (see {@link FunnelCsv}). */
    @GET
    @Path("export.csv")
    @Produces("text/csv")
    public Response export(@QueryParam("days") String days) {
        Optional<Integer> period = period(days);
        if (period.isEmpty()) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("Invalid period: days must be one of " + DashboardResource.PERIODS).build();
        }
        pages.audit("export-funnel", "days=" + period.get());
        LocalDate lastDay = today();
        Funnel funnel = funnels.period(lastDay.minusDays(period.get() - 1L), lastDay);
        boolean read = funnels.entraRead();
        StreamingOutput body = output -> {
            var writer = new BufferedWriter(new OutputStreamWriter(output, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(writer);
            csv.row(FunnelCsv.header());
            FunnelCsv.rows(funnel, read).forEach(csv::row);
            writer.flush();
        };
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"sspr-funnel.csv\"").build();
    }

    static FunnelMessages messages(UiLanguage language) {
        return Texts.in(FunnelMessages.class, language);
    }

    /**
     * The period: absent or blank is the dashboard's default; anything but one of its choices is refused. Text, not
     * Integer: the framework answers an unconvertible Integer with a bare 404.
     */
    private static Optional<Integer> period(String days) {
        if (days == null || days.isBlank()) {
            return Optional.of(DashboardResource.DEFAULT_PERIOD);
        }
        return DashboardResource.PERIODS.stream().filter(choice -> String.valueOf(choice).equals(days)).findFirst();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
