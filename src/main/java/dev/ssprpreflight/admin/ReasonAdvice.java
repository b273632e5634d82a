package dev.ssprpreflight.admin;

/**
 * What the console says about one reason, for the admins who fix it.
 *
 * @param code the stable reason code
 * @param title a short name
 * @param cause why it blocks reset, or, for a finding, why it matters although reset works
 * @param fix what to do about it
 * @param link Microsoft's page about it, in the console's language
 * @param finding an admin-only finding rather than a block: reset works, the user never sees it
 * @param retired no check raises it any more; shown for attempts and scans recorded with it
 */
public record ReasonAdvice(String code, String title, String cause, String fix, String link, boolean finding,
        boolean retired) {
}
