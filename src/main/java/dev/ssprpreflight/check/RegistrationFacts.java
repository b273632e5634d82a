package dev.ssprpreflight.check;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * What is known about a user's registration for password reset, from two sources of different
 * freshness.
 *
 * @param report the user's row in the registration report; empty when the report does not know
 *        the user or could not be read. The report lags by up to a few hours.
 * @param liveMethods the methods from a live look at the user's authentication methods; empty
 *        when no live look was made (not needed, or no budget left for it)
 */
public record RegistrationFacts(Optional<RegistrationReport> report, Optional<Set<AuthMethod>> liveMethods) {

    public static RegistrationFacts unknown() {
        return new RegistrationFacts(Optional.empty(), Optional.empty());
    }

    public static RegistrationFacts fromReport(RegistrationReport report) {
        return new RegistrationFacts(Optional.of(report), Optional.empty());
    }

    public RegistrationFacts withLiveMethods(Set<AuthMethod> methods) {
        return new RegistrationFacts(report, Optional.of(Set.copyOf(methods)));
    }

    /**
     * The freshest known set of registered methods: the live look when there was one, else the
     * report. Security questions are invisible to the live look, so the report's are kept.
     */
    public Optional<Set<AuthMethod>> bestKnownMethods() {
        if (liveMethods.isEmpty()) {
            return report.map(RegistrationReport::methods);
        }
        boolean reportHasSecurityQuestions = report
                .map(r -> r.methods().contains(AuthMethod.SECURITY_QUESTIONS)).orElse(false);
        if (!reportHasSecurityQuestions) {
            return liveMethods;
        }
        var merged = new HashSet<>(liveMethods.get());
        merged.add(AuthMethod.SECURITY_QUESTIONS);
        return Optional.of(Set.copyOf(merged));
    }
}
