package dev.ssprpreflight.web;

import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import io.quarkus.runtime.StartupEvent;

/**
 * The organisation's colours as a tiny stylesheet, so that pages keep a strict CSP (no inline style)
 * and branding needs no rebuild: {@code sspr.branding.primary-colour} becomes {@code --brand}, and
 * the text on it ({@code --brand-contrast}) is white or black, whichever reads better (WCAG contrast).
 */
@Path("/branding.css")
public class BrandingStylesheet {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    @Inject
    BrandingConfig branding;

    void refuseABadColour(@Observes StartupEvent start) {
        colour(branding.primaryColour());
    }

    @GET
    @Produces("text/css")
    public Response stylesheet() {
        String brand = colour(branding.primaryColour());
        String css = ":root { --brand: " + brand + "; --brand-contrast: " + contrastingText(brand) + "; }\n";
        return Response.ok(css).header("Cache-Control", "public, max-age=3600").build();
    }

    static String colour(String configured) {
        if (configured == null || !HEX_COLOUR.matcher(configured.strip()).matches()) {
            throw new IllegalStateException("sspr.branding.primary-colour must be a colour like #1f4e79, not: " + configured);
        }
        return configured.strip().toLowerCase(Locale.ROOT);
    }

    /** White or black text, whichever has the higher contrast ratio against the colour. */
    static String contrastingText(String colour) {
        double luminance = relativeLuminance(colour);
        double withWhite = 1.05 / (luminance + 0.05);
        double withBlack = (luminance + 0.05) / 0.05;
        return withWhite >= withBlack ? "#ffffff" : "#000000";
    }

    static double relativeLuminance(String colour) {
        int rgb = Integer.parseInt(colour.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
