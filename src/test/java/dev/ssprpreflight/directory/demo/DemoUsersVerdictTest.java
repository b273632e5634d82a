package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.ssprpreflight.check.PreflightService;
import dev.ssprpreflight.check.Verdict;

/**
 * Every demo user gets exactly the verdict the file states (outcome, blocks and findings), computed by the
 * real catalogue and preflight service (including the live look at methods), so the file cannot claim what
 * the checks do not do.
 */
class DemoUsersVerdictTest {

    private static ExecutorService executor;
    private static PreflightService service;

    @BeforeAll
    static void startService() {
        executor = Executors.newCachedThreadPool();
        service = DemoFixtures.preflightService(executor);
    }

    @AfterAll
    static void stopService() {
        executor.shutdownNow();
    }

    static Stream<Arguments> demoUsers() {
        return DemoFixtures.BUNDLED.users().stream().map(user -> Arguments.of(named(user.upn(), user)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void getsTheVerdictTheFileStates(DemoTenantFile.User user) {
        ExpectedVerdict expected = DemoFixtures.expected(user);

        Verdict verdict = service.check(user.upn());

        assertThat(verdict.outcome()).as("%s (%s)", user.upn(), user.shows()).isEqualTo(expected.outcome());
        assertThat(verdict.blocks()).as("blocks of %s (%s)", user.upn(), user.shows()).isEqualTo(expected.blocks());
        assertThat(verdict.findings()).as("findings of %s (%s)", user.upn(), user.shows())
                .isEqualTo(expected.findings());
    }
}
