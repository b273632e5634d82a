package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.Collections;

import org.junit.jupiter.api.Test;

/** The fake token endpoint's trust must not take anything away from other tests in the same JVM. */
class TestTrustStoreTest {

    static final Path TEST_TRUST = Path.of(TestTrustStoreTest.class.getResource("/graph/fake-graph-trust.p12").getPath());

    @Test
    void trustsTheTestCertificateAndEveryAuthorityTheJdkTrusts() throws Exception {
        KeyStore jdk = KeyStore.getInstance(Path.of(System.getProperty("java.home"), "lib", "security", "cacerts").toFile(),
                TestTrustStore.PASSWORD.toCharArray());
        KeyStore test = KeyStore.getInstance(TEST_TRUST.toFile(), TestTrustStore.PASSWORD.toCharArray());

        try (TestTrustStore trust = TestTrustStore.install(TEST_TRUST)) {
            KeyStore merged = KeyStore.getInstance(trust.path().toFile(), TestTrustStore.PASSWORD.toCharArray());
            assertThat(System.getProperty("javax.net.ssl.trustStore")).isEqualTo(trust.path().toString());
            assertThat(Collections.list(jdk.aliases())).isNotEmpty();
            for (KeyStore source : new KeyStore[] { jdk, test }) {
                for (String alias : Collections.list(source.aliases())) {
                    Certificate certificate = source.getCertificate(alias);
                    assertThat(merged.getCertificateAlias(certificate)).as("trusts %s", alias).isNotNull();
                }
            }
        }
    }

    @Test
    void putsThePreviousSettingsBackWhenClosed() {
        String store = System.getProperty("javax.net.ssl.trustStore");
        String password = System.getProperty("javax.net.ssl.trustStorePassword");
        String type = System.getProperty("javax.net.ssl.trustStoreType");

        TestTrustStore trust = TestTrustStore.install(TEST_TRUST);
        assertThat(System.getProperty("javax.net.ssl.trustStore")).isNotEqualTo(store);
        trust.close();

        assertThat(System.getProperty("javax.net.ssl.trustStore")).isEqualTo(store);
        assertThat(System.getProperty("javax.net.ssl.trustStorePassword")).isEqualTo(password);
        assertThat(System.getProperty("javax.net.ssl.trustStoreType")).isEqualTo(type);
    }
}
