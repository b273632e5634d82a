package dev.ssprpreflight.wiring;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Named;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ssprpreflight.audit.AttemptEntry;
import dev.ssprpreflight.audit.AttemptLog;
import dev.ssprpreflight.audit.AttemptSearch;
import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Verdict;
import dev.ssprpreflight.directory.DirectoryConfig;
import dev.ssprpreflight.directory.demo.DemoDirectory;
import dev.ssprpreflight.directory.demo.DemoPastCheck;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.HttpServerStart;
import io.smallrye.common.annotation.Identifier;

/**
 * Gives the zero-setup demo a day of funnel data: Entra's half is the demo's SSPR history, ours is the attempt log,
 * so at start the checks that history says ran before are recorded, each with the verdict the real checks gave the
 * user at that moment. Only for the demo directory, only into a log that held nothing before this start (a
 * persistent database keeps them across restarts, and a real tenant's log is never touched), and only while
 * {@code sspr.demo.history.enabled}.
 * <p>
 * On a thread of its own once the HTTP port is open, not in the start: the first page need not wait for a dozen past
 * checks (issue 17's start-up profile counted them among the start's largest steps). A visitor's check that lands
 * first is recorded at or after that moment and so does not count as a log that held something.
 */
@ApplicationScoped
class DemoHistorySeeder {

    /** Stands in for a browser's User-Agent, so that the console tells the seeded attempts apart. */
    static final String USER_AGENT = "SSPR Preflight demo history";

    private final DirectoryConfig.Adapter directory;
    private final boolean enabled;
    private final Instance<DemoDirectory> demo;
    private final AttemptLog log;
    private final AttemptSearch search;
    private final CheckSettings settings;
    private final CheckConfig checks;
    private final ExecutorService executor;
    private final CompletableFuture<Integer> seeded = new CompletableFuture<>();

    DemoHistorySeeder(DirectoryConfig directoryConfig,
            @ConfigProperty(name = "sspr.demo.history.enabled", defaultValue = "true") boolean enabled,
            @Identifier("demo") Instance<DemoDirectory> demo, AttemptLog log, AttemptSearch search, CheckSettings settings,
            CheckConfig checks, @Named("preflight-executor") ExecutorService executor) {
        this.directory = directoryConfig.adapter();
        this.enabled = enabled;
        this.demo = demo;
        this.log = log;
        this.search = search;
        this.settings = settings;
        this.checks = checks;
        this.executor = executor;
    }

    /**
     * Quarkus fires this once. On a thread of its own: the event's asynchronous observers are notified one after the
     * other on one thread, and the schema's migration ({@code SchemaMigration}), which the seeding waits for, is one
     * of them.
     */
    void onPortOpen(@ObservesAsync HttpServerStart portOpen) {
        Instant startedAt = Instant.now();
        Thread seeding = new Thread(() -> {
            try {
                seeded.complete(seed(directory, enabled, startedAt));
            } catch (RuntimeException e) {
                Log.warnf(e, "Demo history: the past checks could not be recorded; the demo runs without them");
                seeded.completeExceptionally(e);
            }
        }, "demo-history-seeding");
        seeding.setDaemon(true);
        seeding.start();
    }

    /** How many past checks the start recorded, once it has. */
    CompletableFuture<Integer> seeded() {
        return seeded;
    }

    /**
     * @param startedAt the application's start: attempts from then on are visitors' checks, not a log that held any
     * @return how many attempts were recorded
     */
    int seed(DirectoryConfig.Adapter adapter, boolean historyEnabled, Instant startedAt) {
        if (adapter != DirectoryConfig.Adapter.DEMO || !historyEnabled) {
            return 0;
        }
        long held = search.countBefore(startedAt);
        if (held > 0) {
            Log.debugf("Demo history: the attempt log holds %d attempts, nothing seeded", held);
            return 0;
        }
        DemoDirectory tenant = demo.get();
        int seeded = 0;
        for (DemoPastCheck past : tenant.pastChecks()) {
            // The real checks over the tenant as it was then: a user locked out later was not yet.
            PreflightService then = new PreflightService(tenant.asOf(past.at()), CheckCatalogue.standard(), settings,
                    Clock.fixed(past.at(), ZoneOffset.UTC), checks.timeout(), executor);
            Verdict verdict = then.check(past.upn());
            log.record(new AttemptEntry(past.upn(), past.upn().toLowerCase(Locale.ROOT), verdict, "en", null,
                    USER_AGENT), past.at());
            seeded++;
        }
        Log.infof("Demo history: recorded %d past checks of the demo's SSPR history in the attempt log", seeded);
        return seeded;
    }
}
