package dev.ssprpreflight.check;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The organisation's SSPR policy as its admins declare it: Graph has no API for the user policy's scope
 * or its number of required methods (Microsoft configures them only in the admin center's Password
 * reset blade), so they come from configuration ({@code sspr.policy.*}) or, in the demo, from the demo
 * file.
 *
 * @param methodsRequired how many methods the user policy asks for at reset, 1 or 2
 * @param enabledMethods the methods the policy offers; a registered method it does not offer cannot
 *        answer a reset ("Users can only reset their password if they have registered an authentication
 *        method that the administrator has enabled", concept-sspr-howitworks)
 * @param enabledGroupId the one group SSPR is enabled for ("Selected"); empty for "All" or undeclared,
 *        when the registration report's {@code isSsprEnabled} decides
 * @param protectedAccountGroupIds synced groups that mirror on-premises AD protected groups
 *        (adminCount = 1), whose members writeback refuses; lower-case object ids
 */
public record SsprPolicy(int methodsRequired, Set<AuthMethod> enabledMethods, Optional<String> enabledGroupId,
        Set<String> protectedAccountGroupIds) {

    public SsprPolicy {
        if (methodsRequired < 1 || methodsRequired > 2) {
            throw new IllegalArgumentException("SSPR requires one or two methods, not " + methodsRequired);
        }
        enabledMethods = Set.copyOf(enabledMethods);
        enabledGroupId = Objects.requireNonNull(enabledGroupId, "enabledGroupId").map(SsprPolicy::lower);
        protectedAccountGroupIds = protectedAccountGroupIds.stream().map(SsprPolicy::lower)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Microsoft's defaults: one method, every SSPR method offered, scope decided by the report, no protected groups. */
    public static SsprPolicy defaults() {
        return new SsprPolicy(1, everyResetMethod(), Optional.empty(), Set.of());
    }

    /** Every method SSPR can offer; alternate phones and sign-in-only methods never answer a reset. */
    public static Set<AuthMethod> everyResetMethod() {
        return EnumSet.copyOf(AuthMethod.resetMethods());
    }

    /** The groups whose membership a check needs: the enabled group and the protected-account groups. */
    public Set<String> declaredGroupIds() {
        var ids = new TreeSet<>(protectedAccountGroupIds);
        enabledGroupId.ifPresent(ids::add);
        return Set.copyOf(ids);
    }

    private static String lower(String id) {
        return id.trim().toLowerCase(Locale.ROOT);
    }
}
