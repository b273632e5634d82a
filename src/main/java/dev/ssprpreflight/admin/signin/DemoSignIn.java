package dev.ssprpreflight.admin.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import dev.ssprpreflight.admin.AdminConfig;
import io.quarkus.logging.Log;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Startup;

/**
 * The built-in sign-in of the zero-setup demo: one admin whose password is generated at every start
 * and printed in the log. It exists so that a newcomer can open the console without an Entra ID
 * tenant; it cannot be switched on in production, where the console signs in through Entra ID.
 */
@Singleton
@Startup
public class DemoSignIn {

    public static final String USERNAME = "demo-admin";
    static final int PASSWORD_BYTES = 18;

    private final boolean enabled;
    private final String password;

    @Inject
    DemoSignIn(AdminConfig config) {
        this(config, LaunchMode.current());
    }

    DemoSignIn(AdminConfig config, LaunchMode launchMode) {
        this.enabled = config.demoSignIn().enabled();
        if (enabled && launchMode == LaunchMode.NORMAL) {
            throw new IllegalStateException("sspr.admin.demo-sign-in.enabled=true is refused in production: "
                    + "sign in to the console through Entra ID (sspr.admin.sign-in=code, see docs/admin-console.md)");
        }
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        this.password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        if (enabled) {
            Log.infof("%n%n  Demo console sign-in (this run only): http://localhost:8080/admin%n"
                    + "    username: %s%n    password: %s%n", USERNAME, password);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Compares in constant time, so that the response time does not tell how much was right. */
    boolean accepts(String username, char[] candidate) {
        if (!enabled || username == null || candidate == null) {
            return false;
        }
        boolean nameMatches = MessageDigest.isEqual(USERNAME.getBytes(StandardCharsets.UTF_8),
                username.getBytes(StandardCharsets.UTF_8));
        boolean passwordMatches = MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
                new String(candidate).getBytes(StandardCharsets.UTF_8));
        return nameMatches & passwordMatches;
    }

    /** For the tests that sign in through the demo form; never shown anywhere but the startup log. */
    String password() {
        return password;
    }
}
