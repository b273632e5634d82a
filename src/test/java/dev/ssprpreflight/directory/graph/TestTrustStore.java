package dev.ssprpreflight.directory.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the JVM trust the fake token endpoint's self-signed certificate without making it distrust
 * anything else, and puts the previous settings back when closed.
 * <p>
 * Why JVM-wide at all: azure-identity (MSAL and its Netty client) takes its TLS trust from the
 * {@code javax.net.ssl.trustStore*} properties, and the adapter builds its credential from the
 * {@code sspr.graph.*} settings alone; a hook in production code for a test trust manager would be
 * code that only tests use. Why a merged store rather than only the test certificate: the JDK's default
 * {@code SSLContext} and reactor-netty's default client SSL provider cache the trust they built from
 * these properties for the life of the JVM, so restoring the properties afterwards cannot undo what was
 * cached in between. A store with the JVM's usual authorities plus the test certificate is harmless to
 * whatever caches it: every other test in the same Surefire JVM trusts exactly what it trusted before,
 * plus one self-signed localhost certificate.
 */
final class TestTrustStore implements AutoCloseable {

    static final String PASSWORD = "changeit";
    private static final String[] KEYS = { "javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword",
            "javax.net.ssl.trustStoreType" };

    private final Map<String, String> previous = new HashMap<>();
    private final Path merged;

    private TestTrustStore(Path merged) {
        this.merged = merged;
        for (String key : KEYS) {
            previous.put(key, System.getProperty(key));
        }
        System.setProperty("javax.net.ssl.trustStore", merged.toString());
        System.setProperty("javax.net.ssl.trustStorePassword", PASSWORD);
        System.setProperty("javax.net.ssl.trustStoreType", "PKCS12");
    }

    /** Trusts the JVM's current authorities plus the certificates of {@code extraTrust} (PKCS#12, password changeit). */
    static TestTrustStore install(Path extraTrust) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            copyEntries(currentTrust(), store, "jvm-");
            copyEntries(load(extraTrust, "PKCS12", PASSWORD), store, "test-");
            Path file = Files.createTempFile("fake-graph-trust-", ".p12");
            file.toFile().deleteOnExit();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, PASSWORD.toCharArray());
            }
            return new TestTrustStore(file);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("could not build the test trust store", e);
        }
    }

    Path path() {
        return merged;
    }

    @Override
    public void close() {
        previous.forEach((key, value) -> {
            if (value == null) {
                System.clearProperty(key);
            } else {
                System.setProperty(key, value);
            }
        });
    }

    /** What the JVM trusts now: a configured trust store, else the JDK's cacerts. */
    private static KeyStore currentTrust() throws IOException, GeneralSecurityException {
        String configured = System.getProperty("javax.net.ssl.trustStore");
        if (configured != null && !configured.isBlank() && !"NONE".equals(configured)) {
            return load(Path.of(configured), System.getProperty("javax.net.ssl.trustStoreType", KeyStore.getDefaultType()),
                    System.getProperty("javax.net.ssl.trustStorePassword", ""));
        }
        Path cacerts = Path.of(System.getProperty("java.home"), "lib", "security", "cacerts");
        return KeyStore.getInstance(cacerts.toFile(), PASSWORD.toCharArray());
    }

    private static KeyStore load(Path path, String type, String password) throws IOException, GeneralSecurityException {
        KeyStore store = KeyStore.getInstance(type);
        try (InputStream in = Files.newInputStream(path)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }

    private static void copyEntries(KeyStore from, KeyStore to, String prefix) throws GeneralSecurityException {
        for (String alias : Collections.list(from.aliases())) {
            if (from.isCertificateEntry(alias)) {
                to.setCertificateEntry(prefix + alias, from.getCertificate(alias));
            }
        }
    }
}
