package dev.ssprpreflight.admin.signin;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.admin.AdminConfig;
import io.quarkus.oidc.OidcRequestContext;
import io.quarkus.oidc.OidcTenantConfig;
import io.quarkus.oidc.TenantConfigResolver;
import io.quarkus.oidc.runtime.OidcConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The console's Entra ID sign-in as a tenant that Quarkus OIDC creates on the first request that needs it, instead
 * of during the start: the provider's discovery document and keys are read when the first admin opens
 * {@code /admin}, not before the port opens for every replica (issue 17: about a second of each start, for a page
 * the journey's visitors never open). Its settings are the {@code quarkus.oidc.*} ones a deployment gives; the
 * default tenant that carries them is switched off ({@code quarkus.oidc.tenant-enabled=false}), so nothing reads the
 * provider at start. Quarkus keeps the tenant once created; a provider out of reach is tried again on the next
 * request, and the console answers that sign-in is unavailable meanwhile ({@link SignInUnavailable}).
 * <p>
 * Only with Entra sign-in ({@code sspr.admin.sign-in=code}); with the demo's form sign-in there is no tenant.
 */
@ApplicationScoped
class ConsoleOidcTenant implements TenantConfigResolver {

    /** The tenant's id, in its session cookie's name. */
    static final String TENANT = "console";

    private final Optional<OidcTenantConfig> console;

    ConsoleOidcTenant(OidcConfig oidc, AdminConfig admin) {
        this.console = admin.entraSignIn()
                ? Optional.of(OidcTenantConfig.builder(OidcConfig.getDefaultTenant(oidc)).tenantId(TENANT)
                        .tenantEnabled(true).build())
                : Optional.empty();
    }

    @Override
    public Uni<OidcTenantConfig> resolve(RoutingContext context, OidcRequestContext<OidcTenantConfig> request) {
        return Uni.createFrom().item(console.orElse(null));
    }
}
