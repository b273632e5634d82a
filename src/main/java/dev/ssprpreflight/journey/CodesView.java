package dev.ssprpreflight.journey;

/**
 * The codes page: the form, and under it what a code means.
 *
 * @param frame branding and language
 * @param typed the value to show in the field: what was typed, or empty after a 400 (nothing that cannot be a code
 *        is shown back)
 * @param explanation what a known code means, or null
 * @param unknown whether the code typed is not one we know
 * @param generalLink Microsoft's general SSPR troubleshooting page, for an unknown code
 * @param problem why the input cannot be a code (the 400), or null
 */
public record CodesView(PageFrame frame, String typed, CodeExplanation explanation, boolean unknown,
        String generalLink, String problem) {
}
