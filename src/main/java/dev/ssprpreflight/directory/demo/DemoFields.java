package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.AssignedPlan;
import dev.ssprpreflight.check.AuthMethod;

/**
 * Strict readings of the demo file's field values (GUIDs, "how long ago", method names, Graph's status
 * words): a value the demo does not know is an {@link IllegalArgumentException} naming the field, never a
 * silent default that changes a verdict.
 */
final class DemoFields {

    private static final Pattern GUID = Pattern
            .compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", Pattern.CASE_INSENSITIVE);

    /**
     * {@code methodsRegistered} values that cannot answer a reset. {@link AuthMethod#fromReportName}
     * maps every unknown name to "not for reset" too; naming these lets the demo reject typos.
     */
    private static final Set<String> SIGN_IN_ONLY_METHODS = Set.of("fido2", "passkeydevicebound",
            "windowshelloforbusiness", "temporaryaccesspass", "microsoftauthenticatorpasswordless");

    private DemoFields() {
    }

    static String guid(String value, String field) {
        if (!GUID.matcher(value).matches()) {
            throw new IllegalArgumentException(field + " '" + value + "' is not a GUID");
        }
        return value;
    }

    static boolean isGuid(String value) {
        return GUID.matcher(value).matches();
    }

    static Set<String> guids(Collection<String> values, String field) {
        return values.stream().map(value -> guid(value, field)).collect(Collectors.toUnmodifiableSet());
    }

    /** The instant {@code ago} before {@code now}; the file speaks of the past only. */
    static Instant before(Instant now, Duration ago, String field) {
        if (ago.isNegative()) {
            throw new IllegalArgumentException(field + " " + ago + " lies in the future");
        }
        return now.minus(ago);
    }

    /** A {@code methodsRegistered} name, as the registration report spells it. */
    static AuthMethod method(String name) {
        AuthMethod method = AuthMethod.fromReportName(name);
        if (method == AuthMethod.NOT_FOR_RESET && !SIGN_IN_ONLY_METHODS.contains(name.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("'" + name + "' is not a method name the demo knows"
                    + " (see the list at the top of the file)");
        }
        return method;
    }

    static Set<AuthMethod> methods(Collection<String> names) {
        Set<AuthMethod> methods = EnumSet.noneOf(AuthMethod.class);
        names.forEach(name -> methods.add(method(name)));
        return Set.copyOf(methods);
    }

    /** A {@code capabilityStatus} of a plan or a subscription. */
    static AssignedPlan.CapabilityStatus capabilityStatus(String value) {
        AssignedPlan.CapabilityStatus status = AssignedPlan.CapabilityStatus.fromGraph(value);
        if (status == AssignedPlan.CapabilityStatus.OTHER) {
            throw new IllegalArgumentException("capabilityStatus '" + value
                    + "' is not one of Enabled, Warning, Suspended, Deleted, LockedOut");
        }
        return status;
    }

    /** A value that must be one of a closed list, compared without regard to case. */
    static String oneOf(String value, Set<String> known, String field) {
        return known.stream().filter(candidate -> candidate.equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + " '" + value + "' is not one of "
                        + known.stream().sorted().toList()));
    }
}
