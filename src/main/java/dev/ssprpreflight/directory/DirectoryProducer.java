package dev.ssprpreflight.directory;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.scan.TenantListing;
import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.smallrye.common.annotation.Identifier;

/**
 * Chooses the directory adapter named by {@code sspr.directory}. Each adapter is a bean qualified
 * with {@code @Identifier("<name>")}; only the chosen one is ever created, at startup, so that its
 * configuration errors stop the application before the first user arrives.
 */
class DirectoryProducer {

    @Produces
    @Singleton
    @Startup
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
