package dev.ssprpreflight.journey;

import dev.ssprpreflight.check.Reason;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the explanation page says about each reason, keyed by the reason itself: the texts live in
 * {@code messages/rsn_<lang>.properties} as {@code title_$<CODE>}, and the build fails when a reason lacks
 * one. A new reason therefore needs its lines there, and nothing here.
 */
@MessageBundle(value = "rsn", locale = "en")
public interface ReasonMessages {

    /** What is wrong, in a few words. */
    @Message
    String title(Reason reason);

    /** What it means for the reader. */
    @Message
    String meaning(Reason reason);

    /** What the reader can do. */
    @Message
    String action(Reason reason);
}
