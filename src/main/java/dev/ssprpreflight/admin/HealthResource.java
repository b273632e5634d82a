package dev.ssprpreflight.admin;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.directory.DirectoryHealth;
import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * Tenant health (DESIGN §5): which directory runs and, for Graph, whether it answers, what it refused, whether
 * administrators can be recognised, the settings the checks rely on (and which checks are off for a missing one),
 * the writeback setting, the last sync, the registration mirror, and how registration blocks are confirmed within
 * the reports throttle (the registration feed and the reports budget). Reads only what the adapter has seen and
 * the readiness check's cached probe, so a page view never waits on Graph longer than the probe's wait.
 */
@Path(HealthResource.PATH)
@RolesAllowed("${sspr.admin.role}")
@Produces(MediaType.TEXT_HTML)
public class HealthResource {

    static final String PATH = "/admin/health";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance health(HealthView view);
    }

    private final DirectoryStatus status;
    private final DirectoryHealth health;
    private final CheckSettings settings;
    private final ConsolePages pages;
    private final Clock clock;

    HealthResource(DirectoryStatus status, DirectoryHealth health, CheckSettings settings, ConsolePages pages,
            Clock clock) {
        this.status = status;
        this.health = health;
        this.settings = settings;
        this.pages = pages;
        this.clock = clock;
    }

    @GET
    public Response health(@Context HttpHeaders headers) {
        pages.audit("view-health", "adapter=" + status.adapter());
        UiLanguage language = pages.language(headers);
        AdminMessages console = ConsolePages.messages(language);
        HealthMessages msg = Texts.in(HealthMessages.class, language);
        LocaleFormats formats = LocaleFormats.of(language);
        ConsoleFrame frame = pages.frame(language, PATH);
        Instant now = clock.instant();
        HealthView view = status.remote()
                .map(seen -> new HealthView(frame, status.adapter(),
                        ReachabilitySection.of(health.latestProbe(), msg, formats),
                        FailuresSection.of(seen, msg, formats),
                        PermissionsSection.of(seen.missingPermissions(), msg, language),
                        RolesSection.of(seen, msg, formats, language),
                        AdminSignalSection.of(seen, msg, formats),
                        SettingsSection.of(seen, settings, msg, console, formats),
                        WritebackSection.of(seen, msg, language),
                        SyncSection.of(seen, settings, now, msg, console, formats, language),
                        MirrorSection.of(seen, health, msg, console, formats),
                        status.confirmation()
                                .map(confirmation -> ConfirmationSection.of(confirmation, now, msg, console, formats,
                                        language))
                                .orElse(null)))
                .orElseGet(() -> HealthView.local(frame, status.adapter()));
        return ConsolePages.html(Response.ok(), Templates.health(view), language).build();
    }
}
