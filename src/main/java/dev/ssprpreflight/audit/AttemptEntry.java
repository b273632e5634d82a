package dev.ssprpreflight.audit;

import dev.ssprpreflight.check.Verdict;

/**
 * What the journey hands to the log after a check.
 *
 * @param usernameEntered the username as typed (trimmed, NFC)
 * @param usernameNormalised the username in lower case
 * @param verdict the check's answer
 * @param locale the UI language code the user saw
 */
public record AttemptEntry(String usernameEntered, String usernameNormalised, Verdict verdict, String locale) {
}
