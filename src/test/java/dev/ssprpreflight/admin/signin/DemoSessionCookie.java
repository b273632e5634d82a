package dev.ssprpreflight.admin.signin;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A demo sign-in session cookie made outside the application, as Quarkus's form authentication makes it
 * (AES-GCM under the SHA-256 of {@code quarkus.http.auth.session.encryption-key}, holding
 * {@code <expiry millis>:<name>}): what a stolen or leftover cookie would be. The tests use it to check that
 * the cookie opens the console only while the demo sign-in is on.
 */
final class DemoSessionCookie {

    /** {@code %test.quarkus.http.auth.session.encryption-key} in application.properties. */
    static final String TEST_ENCRYPTION_KEY = "local-test-session-key-0123456789abcdef";
    static final String NAME = "sspr-console";

    private DemoSessionCookie() {
    }

    /** The Cookie header value of a session for the user, valid for ten more minutes. */
    static String forUser(String user) {
        try {
            byte[] key = MessageDigest.getInstance("SHA-256").digest(TEST_ENCRYPTION_KEY.getBytes(StandardCharsets.UTF_8));
            byte[] iv = new byte[12];
            new SecureRandom().nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
            long expiry = System.currentTimeMillis() + Duration.ofMinutes(10).toMillis();
            byte[] sealed = cipher.doFinal((expiry + ":" + user).getBytes(StandardCharsets.UTF_8));
            ByteBuffer value = ByteBuffer.allocate(1 + iv.length + sealed.length).put((byte) iv.length).put(iv).put(sealed);
            return NAME + "=" + Base64.getEncoder().encodeToString(value.array());
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }
}
