package dev.ssprpreflight.directory.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.ExecutorService;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.check.PreflightService;

/** The bundled demo tenant at a fixed moment, and the real preflight service on top of it. */
final class DemoFixtures {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    /** Loaded once: every test reads the same file the application ships. */
    static final DemoTenant BUNDLED = DemoFileLoader.loadBundled();

    private DemoFixtures() {
    }

    static DemoDirectory bundledDirectory() {
        return new DemoDirectory(BUNDLED, CLOCK);
    }

    static PreflightService preflightService(ExecutorService executor) {
        return new PreflightService(bundledDirectory(), CheckCatalogue.standard(), CheckSettings.defaults(), CLOCK,
                Duration.ofSeconds(10), executor);
    }

    static DemoTenantFile.User user(String upn) {
        return BUNDLED.userByUpn(upn).orElseThrow(() -> new AssertionError(upn + " is not in the demo file"));
    }

    /** The verdict the file says the user must get. */
    static ExpectedVerdict expected(DemoTenantFile.User user) {
        return ExpectedVerdict.parse(user.expect());
    }
}
