package dev.ssprpreflight.directory;

import java.util.Optional;
import java.util.Set;

import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.SsprPolicy;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The tenant's SSPR user policy as its admins declare it: Graph has no API for its scope or its number of
 * required methods, so the admins copy them from the Entra admin center (Password reset, Properties and
 * Authentication methods).
 */
@ConfigMapping(prefix = "sspr.policy")
public interface PolicyConfig {

    /**
     * How many declared groups (the enabled group and the protected-account groups) one check may ask about:
     * their memberships travel in one {@code checkMemberGroups} call, which checks "up to a maximum of 20
     * groups per request" (directoryobject-checkmembergroups). Start-up validation and the Graph adapter both
     * hold the settings to it.
     */
    int MAX_DECLARED_GROUPS = 20;

    /** "Number of methods required to reset": 1 or 2. */
    @WithDefault("1")
    int methodsRequired();

    /**
     * The methods the policy offers (mobile-phone, office-phone, email, authenticator-notification,
     * software-code, hardware-code, security-questions); unset means every one.
     */
    Optional<Set<AuthMethod>> methods();

    /** The object id of the one group SSPR is enabled for ("Selected"); unset for "All" or undeclared. */
    Optional<String> enabledGroup();

    /** The declared policy, with the protected-account groups of {@code sspr.tenant}. */
    static SsprPolicy declared(PolicyConfig policy, TenantConfig tenant) {
        return new SsprPolicy(policy.methodsRequired(), policy.methods().orElseGet(SsprPolicy::everyResetMethod),
                policy.enabledGroup(), tenant.protectedAccountGroups().orElse(Set.of()));
    }
}
