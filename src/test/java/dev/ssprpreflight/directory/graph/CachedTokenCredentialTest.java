package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;

import dev.ssprpreflight.directory.FailureKind;
import reactor.core.publisher.Mono;

/** The token cache: reuse, renewal off the checks' threads, and waits bounded by the check's budget. */
class CachedTokenCredentialTest {

    static final TokenRequestContext GRAPH = new TokenRequestContext().addScopes("https://graph.microsoft.com/.default");

    private final ExecutorService fetcher = Executors.newCachedThreadPool();

    /** Hands out the tokens it is given, one per request, each request held until {@link #release} allows it. */
    static final class ScriptedCredential implements TokenCredential {
        final AtomicInteger requests = new AtomicInteger();
        final CountDownLatch release;
        final AccessToken[] tokens;

        ScriptedCredential(boolean released, AccessToken... tokens) {
            this.release = new CountDownLatch(released ? 0 : 1);
            this.tokens = tokens;
        }

        @Override
        public AccessToken getTokenSync(TokenRequestContext request) {
            int n = requests.getAndIncrement();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            return tokens[Math.min(n, tokens.length - 1)];
        }

        @Override
        public Mono<AccessToken> getToken(TokenRequestContext request) {
            return Mono.fromCallable(() -> getTokenSync(request));
        }
    }

    @AfterEach
    void stopFetcher() {
        fetcher.shutdownNow();
    }

    @Test
    void reusesATokenThatIsFarFromExpiry() {
        var delegate = new ScriptedCredential(true, token("a", Duration.ofHours(1)), token("b", Duration.ofHours(1)));
        var credential = new CachedTokenCredential(delegate, Duration.ofSeconds(3), fetcher);

        assertThat(credential.getTokenSync(GRAPH).getToken()).isEqualTo("a");
        assertThat(credential.getTokenSync(GRAPH).getToken()).isEqualTo("a");
        assertThat(delegate.requests).hasValue(1);
    }

    @Test
    void renewsANearlyExpiredTokenInTheBackgroundWhileHandingOutTheCurrentOne() throws Exception {
        var delegate = new ScriptedCredential(true, token("old", Duration.ofMinutes(2)), token("new", Duration.ofHours(1)));
        var credential = new CachedTokenCredential(delegate, Duration.ofSeconds(3), fetcher);
        assertThat(credential.getTokenSync(GRAPH).getToken()).isEqualTo("old");

        // Two minutes left is inside the renewal window: the caller gets "old" at once, a renewal starts.
        assertThat(credential.getTokenSync(GRAPH).getToken()).isEqualTo("old");
        // Callers meanwhile join the running renewal (or find its result) rather than starting another.
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> credential.getTokenSync(GRAPH).getToken().equals("new"));
        assertThat(delegate.requests).hasValue(2);
    }

    @Test
    void aCallerWithoutATokenGivesUpAfterItsBudgetAsATimeout() {
        var hanging = new ScriptedCredential(false, token("late", Duration.ofHours(1)));
        var credential = new CachedTokenCredential(hanging, Duration.ofMillis(200), fetcher);
        long start = System.nanoTime();

        assertThatThrownBy(() -> credential.getTokenSync(GRAPH))
                .satisfies(e -> assertThat(GraphFailure.fromException(GraphCall.BATCH, e).kind())
                        .isEqualTo(FailureKind.TIMEOUT));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        hanging.release.countDown();
    }

    @Test
    void waitingCallersShareOneRequestAndAnInterruptedOneStopsWaiting() throws Exception {
        var hanging = new ScriptedCredential(false, token("shared", Duration.ofHours(1)));
        var credential = new CachedTokenCredential(hanging, Duration.ofMinutes(1), fetcher);
        AtomicReference<Throwable> interruptedOutcome = new AtomicReference<>();
        Thread interrupted = new Thread(() -> {
            try {
                credential.getTokenSync(GRAPH);
            } catch (RuntimeException e) {
                interruptedOutcome.set(e);
            }
        });
        CompletableFuture<AccessToken> patient = CompletableFuture.supplyAsync(() -> credential.getTokenSync(GRAPH),
                fetcher);
        interrupted.start();

        interrupted.interrupt();
        interrupted.join(TimeUnit.SECONDS.toMillis(5));
        assertThat(interrupted.isAlive()).as("the interrupted caller stopped waiting").isFalse();
        assertThat(interruptedOutcome.get()).isNotNull();

        hanging.release.countDown();
        assertThat(patient.get(5, TimeUnit.SECONDS).getToken()).isEqualTo("shared");
        assertThat(hanging.requests).hasValue(1);
    }

    private static AccessToken token(String value, Duration validFor) {
        return new AccessToken(value, OffsetDateTime.now().plus(validFor));
    }
}
