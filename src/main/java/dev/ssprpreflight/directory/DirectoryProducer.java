package dev.ssprpreflight.directory;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.scan.TenantListing;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.http.HttpServerStart;
import io.smallrye.common.annotation.Identifier;

/**
 * Chooses the directory adapter named by {@code sspr.directory}. Each adapter is a bean qualified
 * with {@code @Identifier("<name>")}; only the chosen one is ever created. The Graph adapter is created in the
 * start, so that its configuration errors stop the application before the first user arrives (and its first token
 * is at hand). The demo's tenant has no configuration: its bundled file is read once the HTTP port is open, on
 * another thread, so that the start does not wait for it (issue 17: Jackson's YAML reader, about 500 classes); a check
 * that came within that moment would wait only for the rest of the read, and the form does not wait at all (the
 * journey looks the check service up at the first check).
 */
class DirectoryProducer {

    void createTheGraphAdapterInTheStart(@Observes StartupEvent start, DirectoryConfig config,
            Instance<Directory> directory) {
        if (config.adapter() == DirectoryConfig.Adapter.GRAPH) {
            directory.get();
        }
    }

    void createTheAdapterOnceThePortIsOpen(@ObservesAsync HttpServerStart portOpen, Instance<Directory> directory) {
        directory.get();
    }

    @Produces
    @Singleton
    Directory directory(DirectoryConfig config, @Any Instance<Directory> adapters) {
        Directory chosen = chosen(config, adapters, "has no adapter in this build");
        Log.infof("Directory: %s", config.adapter().id());
        return chosen;
    }

    /**
     * The same adapter as a listing of the whole directory, for the readiness scan: each adapter bean
     * implements both ports. Not created at startup: the scan asks for it on its first run.
     */
    @Produces
    @Singleton
    TenantListing listing(DirectoryConfig config, @Any Instance<TenantListing> adapters) {
        return chosen(config, adapters, "cannot list its users for readiness scans");
    }

    /** The configured adapter's bean among {@code adapters}, by its identifier; else the start stops, saying why. */
    private static <T> T chosen(DirectoryConfig config, Instance<T> adapters, String otherwise) {
        String name = config.adapter().id();
        Instance<T> chosen = adapters.select(Identifier.Literal.of(name));
        if (!chosen.isResolvable()) {
            throw new IllegalStateException("sspr.directory=" + name + " " + otherwise);
        }
        return chosen.get();
    }
}
