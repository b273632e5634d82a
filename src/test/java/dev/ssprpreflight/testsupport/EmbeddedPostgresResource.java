package dev.ssprpreflight.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server for the tests, started from binaries that Maven brings along: the
 * attempt log's migrations and queries run on the database production uses, with nothing to install.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    /**
     * Marks the test field that receives the running server, for a test that stops it to see the application
     * without its database. Such a test needs a profile of its own: each profile's application starts its own
     * server, so stopping it harms no other test.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    public @interface InjectEmbeddedPostgres {
    }

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"),
                "quarkus.datasource.username", "postgres",
                "quarkus.datasource.password", "postgres");
    }

    @Override
    public void inject(TestInjector injector) {
        injector.injectIntoFields(postgres,
                new TestInjector.AnnotatedAndMatchesType(InjectEmbeddedPostgres.class, EmbeddedPostgres.class));
    }

    /** Also after a test stopped the server itself: closing twice does nothing. */
    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
