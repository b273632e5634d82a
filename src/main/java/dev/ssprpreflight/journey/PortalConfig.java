package dev.ssprpreflight.journey;

import java.net.URI;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where users go when nothing we can see stops them. */
@ConfigMapping(prefix = "sspr.portal")
public interface PortalConfig {

    /** Microsoft's self-service password reset portal (keep a {@code ?whr=} for tenant branding). */
    @WithDefault("https://passwordreset.microsoftonline.com/")
    URI url();
}
