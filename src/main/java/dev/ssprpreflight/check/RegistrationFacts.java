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
 * @param activity what the audit log's registration events say about the report row: still standing, outdated,
 *        or unknown
 */
public record RegistrationFacts(Optional<RegistrationReport> report, Optional<Set<AuthMethod>> liveMethods,
        RegistrationActivity activity) {

    public RegistrationFacts(Optional<RegistrationReport> report, Optional<Set<AuthMethod>> liveMethods) {
        this(report, liveMethods, RegistrationActivity.UNKNOWN);
    }

    public static RegistrationFacts unknown() {
        return new RegistrationFacts(Optional.empty(), Optional.empty());
    }

    public static RegistrationFacts fromReport(RegistrationReport report) {
        return new RegistrationFacts(Optional.of(report), Optional.empty());
    }

    public RegistrationFacts withLiveMethods(Set<AuthMethod> methods) {
        return new RegistrationFacts(report, Optional.of(Set.copyOf(methods)), activity);
    }

    public RegistrationFacts withActivity(RegistrationActivity activity) {
        return new RegistrationFacts(report, liveMethods, activity);
    }

    /**
     * The methods a block may rest on: the live look's, or the report's when the audit log shows no registration
     * since the report row was made; empty when neither confirms the report (a user who registered an hour ago must
     * not be told to register).
     */
    public Optional<Set<AuthMethod>> confirmedMethods() {
        if (liveMethods.isPresent()) {
            return bestKnownMethods();
        }
        return activity == RegistrationActivity.NONE_SINCE_REPORT ? report.map(RegistrationReport::methods)
                : Optional.empty();
    }

    /** Whether a live look could still change what is known: nothing confirms the report and it is not outdated. */
    public boolean worthALiveLook() {
        return confirmedMethods().isEmpty() && activity != RegistrationActivity.SINCE_REPORT;
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
