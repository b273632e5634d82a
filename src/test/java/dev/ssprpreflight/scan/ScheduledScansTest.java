package dev.ssprpreflight.scan;

import static dev.ssprpreflight.scan.ScanFixtures.disabled;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.ssprpreflight.check.CheckCatalogue;
import dev.ssprpreflight.check.CheckSettings;
import dev.ssprpreflight.scan.store.DatabaseScanStore;
import dev.ssprpreflight.testsupport.MovableClock;

/** The schedule starts a whole-tenant scan once a period, whichever replica ticks, and deletes old scans. */
class ScheduledScansTest {

    private final DatabaseScanStore store = ScanFixtures.freshStore();
    private final MovableClock clock = new MovableClock(ScanFixtures.NOW);
    private final ScheduledExecutorService runner = Executors.newScheduledThreadPool(2);
    private final ScriptedListing listing = new ScriptedListing().page(disabled(1));
    private final ReadinessScans scans = ReadinessScans.create(listing, store, CheckCatalogue.standard(),
            CheckSettings.defaults(), clock, runner, "replica-a", Duration.ofMinutes(5));

    @AfterEach
    void stop() {
        runner.shutdownNow();
    }

    private ScheduledScans schedule(boolean scheduled) {
        return new ScheduledScans(scans, store, config(scheduled), clock);
    }

    private void awaitIdle() {
        await().atMost(Duration.ofSeconds(10)).until(() -> store.running().isEmpty());
    }

    @Test
    void startsAWholeTenantScanWhenNoneStartedWithinThePeriod() {
        ScheduledScans schedule = schedule(true);

        schedule.tick();
        awaitIdle();
        assertThat(store.recent(10)).singleElement().satisfies(scan -> {
            assertThat(scan.startedBy()).isEqualTo(ScheduledScans.STARTED_BY);
            assertThat(scan.scope().isWholeTenant()).isTrue();
            assertThat(scan.status()).isEqualTo(ScanStatus.COMPLETE);
        });

        clock.move(Duration.ofHours(23));
        schedule.tick();
        assertThat(store.recent(10)).hasSize(1);

        clock.move(Duration.ofHours(1));
        schedule.tick();
        awaitIdle();
        assertThat(store.recent(10)).hasSize(2);
    }

    @Test
    void startsNothingWhenSwitchedOff() {
        schedule(false).tick();

        assertThat(store.recent(10)).isEmpty();
        assertThat(listing.listings.get()).isZero();
    }

    @Test
    void deletesScansOlderThanTheRetention() {
        ScheduledScans schedule = schedule(true);
        schedule.tick();
        awaitIdle();

        clock.move(Duration.ofDays(181));
        schedule.tick();
        awaitIdle();

        assertThat(store.recent(10)).singleElement()
                .satisfies(scan -> assertThat(scan.startedAt()).isEqualTo(clock.instant()));
    }

    private static ScanConfig config(boolean scheduled) {
        return new ScanConfig() {
            @Override
            public boolean scheduled() {
                return scheduled;
            }

            @Override
            public Duration every() {
                return Duration.ofDays(1);
            }

            @Override
            public Duration checkEvery() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration leaseDuration() {
                return Duration.ofMinutes(5);
            }

            @Override
            public Duration keepFor() {
                return Duration.ofDays(180);
            }

            @Override
            public Optional<String> replicaId() {
                return Optional.empty();
            }
        };
    }
}
