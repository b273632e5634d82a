package dev.ssprpreflight.admin.signin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where the console's tenant comes from when it is not set, and the start refused without one. */
class TenantPinRulesTest {

    private static final String TENANT = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    @Test
    void findsTheTenantInASingleTenantAuthority() {
        assertThat(TenantPin.tenantInAuthority("https://login.microsoftonline.com/" + TENANT + "/v2.0")).contains(TENANT);
        assertThat(TenantPin.tenantInAuthority("https://login.microsoftonline.us/" + TENANT)).contains(TENANT);
        assertThat(TenantPin.tenantInAuthority("https://login.microsoftonline.com/common/v2.0")).isEmpty();
        assertThat(TenantPin.tenantInAuthority("https://login.microsoftonline.com/organizations/v2.0")).isEmpty();
        assertThat(TenantPin.tenantInAuthority("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0"))
                .isEmpty();
    }

    @Test
    void entraSignInWithoutATenantStopsTheStart() {
        assertThatIllegalStateException().isThrownBy(() -> TenantPinCheck.verify(true, new TenantPin(Optional.of(" "))))
                .withMessageContaining("sspr.admin.tenant-id");
        assertThatNoException().isThrownBy(() -> TenantPinCheck.verify(true, new TenantPin(Optional.of(TENANT))));
        assertThatNoException().isThrownBy(() -> TenantPinCheck.verify(false, new TenantPin(Optional.empty())));
    }
}
