package dev.ssprpreflight.web;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the pages present the organisation that runs them. */
@ConfigMapping(prefix = "sspr.branding")
public interface BrandingConfig {

    /** The organisation's name, shown in the header and the page titles. */
    @WithDefault("Contoso")
    String organisationName();

    /** Address of the logo shown in the header; a path under this app or an https URL. */
    Optional<String> logoUrl();

    /**
     * The organisation's colour (header, buttons, links) as {@code #rrggbb}; served in /branding.css.
     * Text on it is white or black, whichever contrasts more.
     */
    @WithDefault("#1f4e79")
    String primaryColour();

    /** How to reach the help desk, shown beside the reference code (e.g. "call 555-0100"). */
    Optional<String> helpDesk();
}
