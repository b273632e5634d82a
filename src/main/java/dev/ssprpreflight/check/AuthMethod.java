package dev.ssprpreflight.check;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A kind of authentication method, as far as password reset cares.
 * <p>
 * The registration report names methods by strings ({@code methodsRegistered}); the live
 * authentication-methods list by types. Both map onto these values, and only these values decide.
 */
public enum AuthMethod {

    MOBILE_PHONE(true, true),
    /**
     * Never a reset gate: "SSPR can only be completed with a primary phone method or an office phone
     * method. Alternate phone methods are only available for MFA" (concept-authentication-phone-options).
     */
    ALTERNATE_MOBILE_PHONE(false, false),
    OFFICE_PHONE(true, true),
    EMAIL(true, true),
    AUTHENTICATOR_NOTIFICATION(true, true),
    /** A code from the Authenticator app or another software OATH app. */
    SOFTWARE_CODE(true, true),
    HARDWARE_CODE(true, true),
    /** Usable by ordinary users, prohibited by the administrator (two-gate) policy. */
    SECURITY_QUESTIONS(true, false),
    /** Sign-in methods that cannot answer a reset: password, FIDO2, Windows Hello, passkeys, TAP... */
    NOT_FOR_RESET(false, false);

    private final boolean usableForReset;
    private final boolean usableForAdminReset;

    AuthMethod(boolean usableForReset, boolean usableForAdminReset) {
        this.usableForReset = usableForReset;
        this.usableForAdminReset = usableForAdminReset;
    }

    /** Whether SSPR for an ordinary user accepts this method as a gate. */
    public boolean usableForReset() {
        return usableForReset;
    }

    /** Whether the administrator (two-gate) policy accepts this method as a gate. */
    public boolean usableForAdminReset() {
        return usableForAdminReset;
    }

    /** The methods SSPR can offer for a reset, in declaration order. */
    public static Set<AuthMethod> resetMethods() {
        return Arrays.stream(values()).filter(AuthMethod::usableForReset)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AuthMethod.class)));
    }

    /**
     * Maps a {@code methodsRegistered} value of the registration report. Unknown strings (the
     * enum is open-ended) count as nothing rather than as a gate.
     */
    public static AuthMethod fromReportName(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "mobilephone" -> MOBILE_PHONE;
            case "alternatemobilephone" -> ALTERNATE_MOBILE_PHONE;
            case "officephone" -> OFFICE_PHONE;
            case "email" -> EMAIL;
            case "microsoftauthenticatorpush" -> AUTHENTICATOR_NOTIFICATION;
            case "softwareonetimepasscode" -> SOFTWARE_CODE;
            case "hardwareonetimepasscode" -> HARDWARE_CODE;
            case "securityquestion" -> SECURITY_QUESTIONS;
            default -> NOT_FOR_RESET;
        };
    }
}
