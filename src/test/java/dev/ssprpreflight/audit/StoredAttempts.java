package dev.ssprpreflight.audit;

import org.hibernate.Hibernate;

import io.quarkus.narayana.jta.QuarkusTransaction;

/** Reads attempts back for assertions, with their lazily loaded reasons already fetched. */
public final class StoredAttempts {

    private StoredAttempts() {
    }

    public static Attempt byReferenceCode(String referenceCode) {
        return QuarkusTransaction.requiringNew().call(() -> initialised(Attempt.findByReferenceCode(referenceCode)));
    }

    public static Attempt latestFor(String normalisedUsername) {
        return QuarkusTransaction.requiringNew().call(() -> initialised(Attempt
                .<Attempt> find("usernameNormalised = ?1 order by id desc", normalisedUsername).firstResult()));
    }

    private static Attempt initialised(Attempt attempt) {
        if (attempt != null) {
            Hibernate.initialize(attempt.reasons);
        }
        return attempt;
    }
}
