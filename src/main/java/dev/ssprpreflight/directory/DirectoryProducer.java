package dev.ssprpreflight.directory;

import java.util.Set;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

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

    static final Set<String> ADAPTERS = Set.of("demo", "graph");

    @Produces
    @Singleton
    @Startup
    Directory directory(@ConfigProperty(name = "sspr.directory", defaultValue = "demo") String name,
            @Any Instance<Directory> adapters) {
        if (!ADAPTERS.contains(name)) {
            throw new IllegalStateException("sspr.directory=" + name + " is not known: set it to one of " + ADAPTERS);
        }
        Instance<Directory> chosen = adapters.select(Identifier.Literal.of(name));
        if (!chosen.isResolvable()) {
            throw new IllegalStateException("sspr.directory=" + name + " has no adapter in this build");
        }
        Log.infof("Directory: %s", name);
        return chosen.get();
    }

    /**
     * The same adapter as a listing of the whole directory, for the readiness scan: each adapter bean
     * implements both ports. Not created at startup: the scan asks for it on its first run.
     */
    @Produces
    @Singleton
    TenantListing listing(@ConfigProperty(name = "sspr.directory", defaultValue = "demo") String name,
            @Any Instance<TenantListing> adapters) {
        Instance<TenantListing> chosen = adapters.select(Identifier.Literal.of(name));
        if (!chosen.isResolvable()) {
            throw new IllegalStateException("sspr.directory=" + name + " cannot list its users for readiness scans");
        }
        return chosen.get();
    }
}
