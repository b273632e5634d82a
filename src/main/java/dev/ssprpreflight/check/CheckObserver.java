package dev.ssprpreflight.check;

/**
 * Told about every finished check, so that operations can count outcomes without the core knowing
 * about metrics. Called on the caller's thread after the verdict is known; it must be quick and must
 * not throw.
 */
public interface CheckObserver {

    /** Observes nothing; for callers that do not watch. */
    CheckObserver NONE = new CheckObserver() {
    };

    /** One check ended with this verdict. */
    default void checked(Verdict verdict) {
    }

    /** One check ran out of its time budget (its verdict, CHECKS_UNAVAILABLE, follows through {@link #checked}). */
    default void budgetExceeded() {
    }
}
