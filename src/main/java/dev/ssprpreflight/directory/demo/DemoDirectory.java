package dev.ssprpreflight.directory.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.MethodsAnswer;
import dev.ssprpreflight.directory.MemorySsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditTrail;
import dev.ssprpreflight.directory.demo.DemoTenantFile.User;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;

/**
 * The bundled demo tenant ({@code sspr.directory=demo}): answers from
 * {@value DemoFileLoader#BUNDLED_FILE} instead of Microsoft Graph, for the zero-setup run and for
 * tests of everything above the directory. Its SSPR history ({@value DemoHistoryLoader#BUNDLED_FILE})
 * ends when the directory is created, the application's start: from it come the lockouts the checks
 * see and the audit trail the console reads.
 * <p>
 * {@code @Singleton} rather than {@code @ApplicationScoped}: a normal-scoped bean hides behind a
 * client proxy and is only created on its first call, so a broken file would surface with the first
 * user instead of at startup, where {@code DirectoryProducer} creates the chosen adapter.
 */
@Singleton
@Identifier("demo")
public class DemoDirectory implements Directory {

    static final String SIMULATED_OUTAGE = "demo: simulated Graph outage";

    private final DemoTenant tenant;
    private final Clock clock;
    private final Instant historyEnd;
    private final SsprAuditTrail trail;

    @Inject
    DemoDirectory(Clock clock) {
        this(DemoFileLoader.loadBundled(), clock);
        Log.infof("Demo directory: %d users in %d organisations from %s, %d SSPR visits from %s",
                tenant.users().size(), tenant.organisations().size(), DemoFileLoader.BUNDLED_FILE,
                tenant.history().visits().size(), DemoHistoryLoader.BUNDLED_FILE);
    }

    /** For tests: another file, a fixed clock; the history ends at the clock's present. */
    DemoDirectory(DemoTenant tenant, Clock clock) {
        this(tenant, clock, clock.instant());
    }

    private DemoDirectory(DemoTenant tenant, Clock clock, Instant historyEnd) {
        this.tenant = tenant;
        this.clock = clock;
        this.historyEnd = historyEnd;
        MemorySsprAuditStore store = new MemorySsprAuditStore();
        store.keep(tenant.history().eventsBefore(historyEnd));
        this.trail = SsprAuditTrail.of(store);
    }

    /** The tenant, for the demo's listing of every user. */
    DemoTenant tenant() {
        return tenant;
    }

    /** When the SSPR history ends: the application's start. */
    Instant historyEnd() {
        return historyEnd;
    }

    /** What Entra's audit log of the demo tenant recorded of self-service password reset, for the console. */
    public SsprAuditTrail ssprAuditTrail() {
        return trail;
    }

    /** The checks of ours that the SSPR history says ran before the start, oldest first. */
    public List<DemoPastCheck> pastChecks() {
        return tenant.history().checksBefore(historyEnd);
    }

    /**
     * The same tenant as a lookup at {@code moment} found it, with the same history: what a past check saw (a user
     * locked out later was not yet).
     */
    public Directory asOf(Instant moment) {
        return new DemoDirectory(tenant, Clock.fixed(moment, ZoneOffset.UTC), historyEnd);
    }

    @Override
    public DirectoryAnswer lookup(String userPrincipalName, Instant deadline) {
        List<String> requestIds = List.of(newRequestId());
        return tenant.userByUpn(userPrincipalName)
                .map(user -> answerFor(user, requestIds))
                .orElseGet(() -> new DirectoryAnswer.NotFound(requestIds));
    }

    @Override
    public MethodsAnswer liveMethods(String userObjectId, Instant deadline) {
        List<String> requestIds = List.of(newRequestId());
        return tenant.userByObjectId(userObjectId)
                .flatMap(DemoUserTranslator::liveMethods)
                .map(methods -> new MethodsAnswer(Optional.of(methods), requestIds))
                .orElseGet(() -> MethodsAnswer.declined(requestIds));
    }

    private DirectoryAnswer answerFor(User user, List<String> requestIds) {
        if (user.outageSimulated()) {
            return new DirectoryAnswer.Unavailable(SIMULATED_OUTAGE, requestIds);
        }
        Instant now = clock.instant();
        return new DirectoryAnswer.Found(tenant.userFacts(user, now, historyEnd), tenant.tenantFacts(user, now),
                requestIds);
    }

    /** Like Graph's {@code request-id} header, so that the attempt log's correlation shows up in the demo. */
    private static String newRequestId() {
        return "demo-" + UUID.randomUUID();
    }
}
