package dev.ssprpreflight.admin;

/**
 * What the console says about one reason, for the admins who fix it.
 *
 * @param code the stable reason code
 * @param title a short name
 * @param cause why it blocks reset
 * @param fix what to do about it
 * @param link Microsoft's page about it, in the console's language
 */
public record ReasonAdvice(String code, String title, String cause, String fix, String link) {
}
