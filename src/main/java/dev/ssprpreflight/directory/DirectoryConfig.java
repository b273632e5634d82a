package dev.ssprpreflight.directory;

import java.util.Locale;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * {@code sspr.directory}: which adapter answers the checks. Read here only, so that its default and its values live
 * in one place; an unknown value stops the start with the values allowed.
 */
@ConfigMapping(prefix = "sspr.directory")
public interface DirectoryConfig {

    /** The bundled demo tenant (zero setup), unless {@code graph}: a real tenant through Microsoft Graph. */
    @WithParentName
    @WithDefault("demo")
    Adapter adapter();

    enum Adapter {
        DEMO,
        GRAPH;

        /** As written in the configuration, and as the adapter beans are named ({@code @Identifier}). */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
