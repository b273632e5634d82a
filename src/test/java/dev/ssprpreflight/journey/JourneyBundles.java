package dev.ssprpreflight.journey;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Reads a text straight from a message bundle file ({@code messages/<bundle>_<language>.properties}), so that a
 * test can expect a page's wording without copying it, and keeps passing when a translation changes.
 */
final class JourneyBundles {

    private JourneyBundles() {
    }

    /**
     * @param bundle {@code msg} for the journey's own texts, {@code rsn} for the reasons' texts
     * @throws AssertionError when the bundle lacks the key, so that a renamed key cannot make the test vacuous
     */
    static String text(String bundle, String language, String key) {
        Properties texts = new Properties();
        String file = "messages/" + bundle + "_" + language + ".properties";
        try (InputStream in = JourneyBundles.class.getClassLoader().getResourceAsStream(file)) {
            if (in == null) {
                throw new AssertionError("No bundle " + file);
            }
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String text = texts.getProperty(key);
        if (text == null) {
            throw new AssertionError(file + " has no key " + key);
        }
        return text;
    }
}
