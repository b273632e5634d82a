package dev.ssprpreflight.directory.demo;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.check.DirectoryAnswer;
import dev.ssprpreflight.check.MethodsAnswer;
import dev.ssprpreflight.directory.demo.DemoTenantFile.User;
import io.quarkus.logging.Log;
import io.smallrye.common.annotation.Identifier;

/**
 * The bundled demo tenant ({@code sspr.directory=demo}): answers from
 * {@value DemoFileLoader#BUNDLED_FILE} instead of Microsoft Graph, for the zero-setup run and for
 * tests of everything above the directory.
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

    @Inject
    DemoDirectory(Clock clock) {
        this(DemoFileLoader.loadBundled(), clock);
        Log.infof("Demo directory: %d users in %d organisations from %s", tenant.users().size(),
                tenant.organisations().size(), DemoFileLoader.BUNDLED_FILE);
    }

    /** For tests: another file, a fixed clock. */
    DemoDirectory(DemoTenant tenant, Clock clock) {
        this.tenant = tenant;
        this.clock = clock;
    }

    /** The tenant, for the demo's listing of every user. */
    DemoTenant tenant() {
        return tenant;
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
        return new DirectoryAnswer.Found(tenant.userFacts(user, now), tenant.tenantFacts(user, now), requestIds);
    }

    /** Like Graph's {@code request-id} header, so that the attempt log's correlation shows up in the demo. */
    private static String newRequestId() {
        return "demo-" + UUID.randomUUID();
    }
}
