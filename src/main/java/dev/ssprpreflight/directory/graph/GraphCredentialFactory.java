package dev.ssprpreflight.directory.graph;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.AadCredentialBuilderBase;
import com.azure.identity.AzureAuthorityHosts;
import com.azure.identity.ClientCertificateCredentialBuilder;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;

import dev.ssprpreflight.directory.graph.GraphConfig.CredentialType;

/**
 * Builds the azure-identity credential named by {@code sspr.graph.credential}, after checking that
 * exactly the keys that credential needs are set. Every refusal names the key and what to put there.
 */
final class GraphCredentialFactory {

    /** Authorities MSAL knows; any other host (a private or test endpoint) has no instance-discovery metadata. */
    private static final Set<String> KNOWN_AUTHORITY_HOSTS = Set.of(
            URI.create(AzureAuthorityHosts.AZURE_PUBLIC_CLOUD).getHost(),
            URI.create(AzureAuthorityHosts.AZURE_CHINA).getHost(),
            URI.create(AzureAuthorityHosts.AZURE_GOVERNMENT).getHost());

    private GraphCredentialFactory() {
    }

    static TokenCredential create(GraphConfig config) {
        CredentialType type = config.credential();
        rejectUnused(config, type);
        return switch (type) {
            case CLIENT_SECRET -> withAuthority(new ClientSecretCredentialBuilder(), config)
                    .tenantId(required(config.tenantId(), "sspr.graph.tenant-id", "the Entra tenant id"))
                    .clientId(required(config.clientId(), "sspr.graph.client-id", "the app registration's client id"))
                    .clientSecret(required(config.clientSecret(), "sspr.graph.client-secret",
                            "a client secret of the app registration (use an environment variable)"))
                    .build();
            case CLIENT_CERTIFICATE -> clientCertificate(config);
            case MANAGED_IDENTITY -> managedIdentity(config);
            case WORKLOAD_IDENTITY -> workloadIdentity(config);
        };
    }

    private static TokenCredential clientCertificate(GraphConfig config) {
        Path path = config.certificatePath().orElseThrow(() -> missing("sspr.graph.certificate-path",
                "the path of a PEM or PFX file holding the app's certificate and private key"));
        if (!Files.isReadable(path)) {
            throw new IllegalStateException("sspr.graph.certificate-path=" + path + " cannot be read: put the path of a "
                    + "readable PEM or PFX file there");
        }
        var builder = withAuthority(new ClientCertificateCredentialBuilder(), config)
                .tenantId(required(config.tenantId(), "sspr.graph.tenant-id", "the Entra tenant id"))
                .clientId(required(config.clientId(), "sspr.graph.client-id", "the app registration's client id"));
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pfx") || name.endsWith(".p12")) {
            builder.pfxCertificate(path.toString());
            config.certificatePassword().ifPresent(builder::clientCertificatePassword);
        } else {
            if (config.certificatePassword().isPresent()) {
                throw new IllegalStateException("sspr.graph.certificate-password is set but " + path
                        + " is not a PFX file: PEM keys must be unencrypted; remove the password or use a .pfx file");
            }
            builder.pemCertificate(path.toString());
        }
        return builder.build();
    }

    private static TokenCredential managedIdentity(GraphConfig config) {
        // System-assigned without a client id; user-assigned with one. azure-identity finds the endpoint
        // itself: IDENTITY_ENDPOINT/IDENTITY_HEADER on App Service and Container Apps, else IMDS.
        var builder = new ManagedIdentityCredentialBuilder();
        config.clientId().ifPresent(builder::clientId);
        return builder.build();
    }

    private static TokenCredential workloadIdentity(GraphConfig config) {
        // On AKS the webhook injects AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_FEDERATED_TOKEN_FILE;
        // configured values win over them.
        var builder = withAuthority(new WorkloadIdentityCredentialBuilder(), config);
        config.tenantId().ifPresent(builder::tenantId);
        config.clientId().ifPresent(builder::clientId);
        config.federatedTokenFile().map(Path::toString).ifPresent(builder::tokenFilePath);
        if (config.federatedTokenFile().isEmpty() && System.getenv("AZURE_FEDERATED_TOKEN_FILE") == null) {
            throw missing("sspr.graph.federated-token-file",
                    "the projected service-account token file (or run where AZURE_FEDERATED_TOKEN_FILE is set)");
        }
        if (config.tenantId().isEmpty() && System.getenv("AZURE_TENANT_ID") == null) {
            throw missing("sspr.graph.tenant-id", "the Entra tenant id (or run where AZURE_TENANT_ID is set)");
        }
        if (config.clientId().isEmpty() && System.getenv("AZURE_CLIENT_ID") == null) {
            throw missing("sspr.graph.client-id", "the federated app's client id (or run where AZURE_CLIENT_ID is set)");
        }
        return builder.build();
    }

    /** Keys that belong to another credential type are a contradiction, not something to ignore silently. */
    private static void rejectUnused(GraphConfig config, CredentialType type) {
        if (config.clientSecret().isPresent() && type != CredentialType.CLIENT_SECRET) {
            throw contradiction("sspr.graph.client-secret", type);
        }
        if (config.certificatePath().isPresent() && type != CredentialType.CLIENT_CERTIFICATE) {
            throw contradiction("sspr.graph.certificate-path", type);
        }
        if (config.certificatePassword().isPresent() && type != CredentialType.CLIENT_CERTIFICATE) {
            throw contradiction("sspr.graph.certificate-password", type);
        }
        if (config.federatedTokenFile().isPresent() && type != CredentialType.WORKLOAD_IDENTITY) {
            throw contradiction("sspr.graph.federated-token-file", type);
        }
    }

    private static <T extends AadCredentialBuilderBase<T>> T withAuthority(T builder, GraphConfig config) {
        URI authority = config.authorityHost();
        if (!"https".equalsIgnoreCase(authority.getScheme()) || authority.getHost() == null) {
            throw new IllegalStateException("sspr.graph.authority-host=" + authority
                    + " is not an https URL: put the Entra authority there, e.g. https://login.microsoftonline.com "
                    + "(or https://login.microsoftonline.us, https://login.chinacloudapi.cn)");
        }
        builder.authorityHost(authority.toString());
        if (!KNOWN_AUTHORITY_HOSTS.contains(authority.getHost().toLowerCase(Locale.ROOT))) {
            // MSAL would otherwise ask Microsoft's discovery endpoint about an authority it cannot know.
            builder.disableInstanceDiscovery();
        }
        return builder;
    }

    private static String required(Optional<String> value, String key, String what) {
        return value.filter(v -> !v.isBlank()).orElseThrow(() -> missing(key, what));
    }

    private static IllegalStateException missing(String key, String what) {
        return new IllegalStateException(key + " is not set: put " + what + " there");
    }

    private static IllegalStateException contradiction(String key, CredentialType type) {
        return new IllegalStateException(key + " is set but sspr.graph.credential=" + type.name().toLowerCase(Locale.ROOT)
                .replace('_', '-') + " does not use it: remove the key or choose the credential it belongs to");
    }
}
