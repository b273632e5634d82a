package dev.ssprpreflight.admin;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;

/**
 * The console's texts as their keys and arguments ("scanProgressCount [12, 29]"), for unit tests without the
 * application; and the texts as shipped, read from the properties files, as an oracle independent of Qute.
 */
final class KeyTexts {

    private KeyTexts() {
    }

    static AdminMessages admin() {
        return proxy(AdminMessages.class);
    }

    static AttemptMessages attempts() {
        return proxy(AttemptMessages.class);
    }

    static ScanMessages scans() {
        return proxy(ScanMessages.class);
    }

    static HealthMessages health() {
        return proxy(HealthMessages.class);
    }

    private static <T> T proxy(Class<T> bundle) {
        return bundle.cast(Proxy.newProxyInstance(bundle.getClassLoader(), new Class<?>[] { bundle },
                (proxy, method, args) -> method.getName() + (args == null ? "" : " " + Arrays.toString(args))));
    }

    /** A text as a properties file ships it, e.g. {@code shipped("rad_sv", "title_$LICENSE_MISSING")}. */
    static String shipped(String file, String key) {
        Properties texts = new Properties();
        try (InputStream in = KeyTexts.class.getClassLoader().getResourceAsStream("messages/" + file + ".properties")) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts.getProperty(key);
    }
}
