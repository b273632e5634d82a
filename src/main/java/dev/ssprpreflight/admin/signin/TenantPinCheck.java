package dev.ssprpreflight.admin.signin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import dev.ssprpreflight.admin.AdminConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start when the console signs in through Entra ID but no tenant is known to pin the tokens to:
 * {@link TenantPin} would then refuse every sign-in, which is safe but puzzling at the first try.
 */
@ApplicationScoped
class TenantPinCheck {

    void verify(@Observes StartupEvent started, AdminConfig config, TenantPin pin) {
        // Entra sign-in is the console's tenant (ConsoleOidcTenant), created with sspr.admin.sign-in=code.
        verify(config.entraSignIn(), pin);
    }

    static void verify(boolean entraSignIn, TenantPin pin) {
        if (entraSignIn && pin.tenantId().isEmpty()) {
            throw new IllegalStateException("The console signs in through Entra ID, but no tenant is configured: set "
                    + "sspr.admin.tenant-id (SSPR_ADMIN_TENANT_ID) to your Entra tenant id, so that only your "
                    + "organisation's accounts can sign in (docs/admin-console.md)");
        }
    }
}
