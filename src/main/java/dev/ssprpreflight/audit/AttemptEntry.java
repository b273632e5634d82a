package dev.ssprpreflight.audit;

import dev.ssprpreflight.check.Verdict;

/**
 * What the journey hands to the log after a check.
 *
 * @param usernameEntered the username as typed (trimmed, NFC)
 * @param usernameNormalised the username in lower case
 * @param verdict the check's answer
 * @param locale the UI language code the user saw
 * @param clientIp the client's address as the server saw it (after trusted proxies); the log
 *        truncates or drops it as configured
 * @param userAgent the browser's User-Agent header, or null
 */
public record AttemptEntry(String usernameEntered, String usernameNormalised, Verdict verdict, String locale,
        String clientIp, String userAgent) {
}
