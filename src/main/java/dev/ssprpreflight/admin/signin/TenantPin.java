package dev.ssprpreflight.admin.signin;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwt.consumer.Validator;

import dev.ssprpreflight.admin.AdminConfig;
import io.quarkus.arc.Unremovable;

/**
 * Lets only accounts of the organisation's own Entra tenant into the console: every token Quarkus OIDC
 * verifies must carry a {@code tid} claim equal to that tenant's id. The issuer check alone does not ensure
 * it once the authority is multi-tenant ({@code common}, {@code organizations}), where any tenant's user
 * could sign in and bring the app role from an app registration of their own.
 *
 * <p>
 * The tenant is {@code sspr.admin.tenant-id} (by default {@code sspr.graph.tenant-id}), else the tenant id in
 * the path of {@code quarkus.oidc.auth-server-url} ({@code https://login.microsoftonline.com/<id>/v2.0}).
 * Quarkus OIDC runs every jose4j {@link Validator} bean on the tokens it verifies.
 */
@Unremovable
@ApplicationScoped
public class TenantPin implements Validator {

    private static final Pattern TENANT_IN_AUTHORITY = Pattern
            .compile("/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/|$)");

    private final Optional<String> tenantId;

    @Inject
    TenantPin(AdminConfig config,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> authServerUrl) {
        this(config.tenantId().or(() -> authServerUrl.flatMap(TenantPin::tenantInAuthority)));
    }

    TenantPin(Optional<String> tenantId) {
        this.tenantId = tenantId.map(String::trim).filter(id -> !id.isEmpty());
    }

    /** The tenant whose accounts may sign in, if one is configured. */
    public Optional<String> tenantId() {
        return tenantId;
    }

    @Override
    public String validate(JwtContext token) throws MalformedClaimException {
        if (tenantId.isEmpty()) {
            return "no Entra tenant is configured for the console (sspr.admin.tenant-id): no token is accepted";
        }
        String tid = token.getJwtClaims().getClaimValueAsString("tid");
        if (tid == null || !tid.equalsIgnoreCase(tenantId.get())) {
            return "the token's tid claim (" + tid + ") is not the console's tenant " + tenantId.get()
                    + " (sspr.admin.tenant-id)";
        }
        return null;
    }

    static Optional<String> tenantInAuthority(String authServerUrl) {
        Matcher matcher = TENANT_IN_AUTHORITY.matcher(authServerUrl);
        return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
}
