package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ReportsBudgetTest {

    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final Duration NOW = Duration.ZERO;

    private final ReportsBudget budget = ReportsBudget.local(5, WINDOW, Duration.ZERO, 2);

    @Test
    void afterTheFirstCopyTheMirrorLeavesTheChecksTheirReserve() throws InterruptedException {
        budget.mirrorCompleted();

        for (int i = 0; i < 3; i++) {
            assertThat(budget.acquire(ReportsConsumer.MIRROR, NOW)).isTrue();
        }
        assertThat(budget.acquire(ReportsConsumer.MIRROR, Duration.ofMillis(50))).as("mirror must leave 2 slots").isFalse();
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isTrue();
        assertThat(budget.tryAcquire(ReportsConsumer.REPORT_ROW)).isTrue();
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).as("5 per 10 s").isFalse();
    }

    @Test
    void theFirstCopyTakesEverySlotAndNoCheckTakesOneWhileItPages() throws InterruptedException {
        for (int i = 0; i < 5; i++) {
            assertThat(budget.acquire(ReportsConsumer.MIRROR, NOW)).as("page %d", i).isTrue();
        }

        var fresh = ReportsBudget.local(5, WINDOW, Duration.ZERO, 2);
        assertThat(fresh.acquire(ReportsConsumer.MIRROR, NOW)).isTrue();
        assertThat(fresh.tryAcquire(ReportsConsumer.REPORT_ROW)).as("the mirror's first copy goes first").isFalse();
        assertThat(fresh.tryAcquire(ReportsConsumer.LIVE_LOOK)).isFalse();

        fresh.mirrorCompleted();
        assertThat(fresh.tryAcquire(ReportsConsumer.LIVE_LOOK)).as("complete: the checks' turn").isTrue();
    }

    @Test
    void aFirstRefreshThatStoppedNoLongerHoldsTheChecksBack() throws InterruptedException {
        assertThat(budget.acquire(ReportsConsumer.MIRROR, NOW)).isTrue();
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isFalse();

        budget.mirrorStopped();

        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isTrue();
    }

    @Test
    void theFeedKeepsItsTurnWhileTheFirstCopyPagesAndIsToldSo() throws InterruptedException {
        assertThat(budget.firstCopyPaging()).isFalse();
        assertThat(budget.acquire(ReportsConsumer.MIRROR, NOW)).isTrue();

        assertThat(budget.firstCopyPaging()).as("the feed then reads only to stay fresh").isTrue();
        assertThat(budget.acquire(ReportsConsumer.REGISTRATION_FEED, NOW)).isTrue();
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isFalse();

        budget.mirrorCompleted();
        assertThat(budget.firstCopyPaging()).isFalse();
    }

    @Test
    void aWaitingFeedGoesBeforeChecksAndTheMirror() throws Exception {
        var budget = ReportsBudget.local(2, Duration.ofMillis(600), Duration.ZERO, 1);
        budget.mirrorCompleted();
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isTrue();
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isTrue();

        var feed = CompletableFuture.supplyAsync(() -> acquire(budget, ReportsConsumer.REGISTRATION_FEED));
        await().atMost(Duration.ofSeconds(2)).until(budget::feedWaiting);
        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).as("the feed is waiting").isFalse();
        var mirror = CompletableFuture.supplyAsync(() -> acquire(budget, ReportsConsumer.MIRROR));

        assertThat(feed.get(3, TimeUnit.SECONDS)).isTrue();
        assertThat(mirror.get(3, TimeUnit.SECONDS)).isTrue();
        var shares = budget.shares();
        assertThat(shares.granted()).containsEntry("registration-feed", 1L).containsEntry("mirror", 1L)
                .containsEntry("live-look", 2L);
        assertThat(shares.refused()).containsEntry("live-look", 1L);
    }

    @Test
    void aThrottledBudgetPausesEveryone() throws InterruptedException {
        budget.mirrorCompleted();
        budget.throttled(Duration.ofSeconds(30));

        assertThat(budget.tryAcquire(ReportsConsumer.LIVE_LOOK)).isFalse();
        assertThat(budget.acquire(ReportsConsumer.REGISTRATION_FEED, Duration.ofMillis(50))).isFalse();
        assertThat(budget.throttledSeen()).isEqualTo(1);
    }

    private static boolean acquire(ReportsBudget budget, ReportsConsumer consumer) {
        try {
            return budget.acquire(consumer, Duration.ofSeconds(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
