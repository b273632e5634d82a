package dev.ssprpreflight.journey;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The security headers every response carries (see {@link SecurityHeaders}). */
@ConfigMapping(prefix = "sspr.security-headers")
public interface SecurityHeadersConfig {

    /** Whether HTTPS responses tell browsers to use only HTTPS for this site (HSTS). */
    @WithDefault("true")
    boolean hsts();

    /** How long browsers remember HSTS; keep it short while trying HTTPS out. */
    @WithDefault("P365D")
    Duration hstsMaxAge();

    /** Whether HSTS covers every subdomain too; only when all of them serve HTTPS. */
    @WithDefault("false")
    boolean hstsIncludeSubdomains();

    /** Browser features no page here needs, switched off for this site and anything it embeds. */
    @WithDefault("accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()")
    String permissionsPolicy();
}
