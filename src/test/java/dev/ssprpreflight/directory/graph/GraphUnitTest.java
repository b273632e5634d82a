package dev.ssprpreflight.directory.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.directory.FailureKind;
import dev.ssprpreflight.directory.graph.GraphConfig.CredentialType;

/** Plain unit tests: configuration checks, Retry-After, the reports budget, username escaping. */
class GraphUnitTest {

    record Config(Optional<String> tenantId, Optional<String> clientId, CredentialType credential,
            Optional<String> clientSecret, Optional<Path> certificatePath, Optional<String> certificatePassword,
            Optional<Path> federatedTokenFile, URI baseUrl, URI authorityHost) implements GraphConfig {

        static Config secret() {
            return new Config(Optional.of("tenant"), Optional.of("client"), CredentialType.CLIENT_SECRET,
                    Optional.of("s3cret"), Optional.empty(), Optional.empty(), Optional.empty(),
                    URI.create("https://graph.microsoft.com/v1.0"), URI.create("https://login.microsoftonline.com"));
        }

        Config with(CredentialType type) {
            return new Config(tenantId, clientId, type, clientSecret, certificatePath, certificatePassword,
                    federatedTokenFile, baseUrl, authorityHost);
        }

        Config withSecret(Optional<String> secret) {
            return new Config(tenantId, clientId, credential, secret, certificatePath, certificatePassword,
                    federatedTokenFile, baseUrl, authorityHost);
        }

        Config withBaseUrl(String url) {
            return new Config(tenantId, clientId, credential, clientSecret, certificatePath, certificatePassword,
                    federatedTokenFile, URI.create(url), authorityHost);
        }

        Config withAuthority(String url) {
            return new Config(tenantId, clientId, credential, clientSecret, certificatePath, certificatePassword,
                    federatedTokenFile, baseUrl, URI.create(url));
        }

        @Override
        public Optional<String> scope() {
            return Optional.empty();
        }

        @Override
        public Duration tenantFactsTtl() {
            return Duration.ofMinutes(10);
        }

        @Override
        public boolean detectFederatedDomains() {
            return false;
        }

        @Override
        public Mirror registrationMirror() {
            return null;
        }

        @Override
        public ReportsThrottle reportsThrottle() {
            return null;
        }

        @Override
        public RegistrationFeed registrationFeed() {
            return null;
        }

        @Override
        public SsprAudit ssprAudit() {
            return () -> Duration.ofDays(30);
        }

        @Override
        public Duration liveLookCacheFor() {
            return Duration.ZERO;
        }
    }

    @Test
    void missingClientSecretFailsNamingTheKey() {
        assertThatThrownBy(() -> GraphCredentialFactory.create(Config.secret().withSecret(Optional.empty())))
                .hasMessageContaining("sspr.graph.client-secret is not set");
    }

    @Test
    void secretWithManagedIdentityIsAContradiction() {
        assertThatThrownBy(() -> GraphCredentialFactory.create(Config.secret().with(CredentialType.MANAGED_IDENTITY)))
                .hasMessageContaining("sspr.graph.client-secret is set but sspr.graph.credential=managed-identity");
    }

    @Test
    void certificateCredentialNeedsAPath() {
        assertThatThrownBy(() -> GraphCredentialFactory
                .create(Config.secret().withSecret(Optional.empty()).with(CredentialType.CLIENT_CERTIFICATE)))
                .hasMessageContaining("sspr.graph.certificate-path is not set");
    }

    @Test
    void plainHttpAuthorityIsRefused() {
        assertThatThrownBy(() -> GraphCredentialFactory.create(Config.secret().withAuthority("http://localhost:1234")))
                .hasMessageContaining("sspr.graph.authority-host");
    }

    @Test
    void baseUrlMustEndInV1() {
        var config = Config.secret().withBaseUrl("https://graph.microsoft.com/beta");
        assertThatThrownBy(
                () -> GraphClientBuilder.create(config, GraphCredentialFactory.create(config), Duration.ofSeconds(3)))
                .hasMessageContaining("sspr.graph.base-url").hasMessageContaining("/v1.0");
    }

    @Test
    void nationalCloudGetsItsOwnScope() {
        assertThat(GraphClientBuilder.scope(Config.secret().withBaseUrl("https://graph.microsoft.us/v1.0")))
                .isEqualTo("https://graph.microsoft.us/.default");
        assertThat(GraphClientBuilder.scope(Config.secret().withBaseUrl("https://graph.private.contoso.com/v1.0")))
                .isEqualTo("https://graph.microsoft.com/.default");
    }

    @ParameterizedTest
    @CsvSource({ "2.128, 2128", "0.25, 250", "3, 3000", "-1, -1", "soon, -1" })
    void readsRetryAfterInFractionalSeconds(String header, long expectedMillis) {
        var parsed = GraphFailure.parseRetryAfter(header);
        if (expectedMillis < 0) {
            assertThat(parsed).isEmpty();
        } else {
            assertThat(parsed).contains(Duration.ofMillis(expectedMillis));
        }
    }

    @Test
    void aRefusedCredentialIsUnauthenticatedButAnUnreachableTokenEndpointIsANetworkFailure() {
        var refused = new com.azure.core.exception.ClientAuthenticationException("AADSTS7000215: Invalid client secret",
                null);
        var unreachable = new com.azure.core.exception.ClientAuthenticationException("token request failed", null,
                new java.io.UncheckedIOException(new java.net.ConnectException("Connection refused")));

        assertThat(GraphFailure.fromException(GraphCall.ORGANIZATION, refused).kind())
                .isEqualTo(FailureKind.UNAUTHENTICATED);
        assertThat(GraphFailure.fromException(GraphCall.ORGANIZATION, unreachable).kind())
                .isEqualTo(FailureKind.NETWORK);
        assertThat(GraphFailure.fromException(GraphCall.ORGANIZATION, new IllegalStateException("odd")).kind())
                .isEqualTo(FailureKind.NETWORK);
    }

    @Test
    void doublesQuotesOnlyInsideLiterals() {
        assertThat(UserAddress.userPath("o'brien@contoso.com")).isEqualTo("/users/o'brien@contoso.com");
        assertThat(UserAddress.userPath("$o'brien@contoso.com")).isEqualTo("/users('$o''brien@contoso.com')");
        // A $filter's literal: the SDK's request builder encodes it for the URL.
        assertThat(UserAddress.odataLiteral("o'brien@contoso.com")).isEqualTo("o''brien@contoso.com");
    }
}
