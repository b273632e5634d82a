package dev.ssprpreflight.audit;

/**
 * The result of recording an attempt.
 *
 * @param referenceCode the code to show the user; given even when storing failed, since the log
 *        line that reports the failure carries it
 * @param stored whether the attempt reached the database
 */
public record RecordedAttempt(String referenceCode, boolean stored) {
}
