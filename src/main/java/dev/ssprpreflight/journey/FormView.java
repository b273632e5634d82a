package dev.ssprpreflight.journey;

/**
 * The username form.
 *
 * @param frame branding and language
 * @param username the value to show in the field (the refused input, so the user can correct it)
 * @param problem why the input was refused, or null on a fresh form
 */
public record FormView(PageFrame frame, String username, String problem) {
}
