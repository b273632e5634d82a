package dev.ssprpreflight.admin;

import dev.ssprpreflight.check.Reason;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What the console says about each reason, for the admins who fix it, keyed by the reason itself: the texts
 * live in {@code messages/rad_<lang>.properties} as {@code cause_$<CODE>}, and the build fails when a reason
 * lacks one. A new reason therefore needs its lines there, and nothing here.
 */
@MessageBundle(value = "rad", locale = "en")
public interface ReasonAdviceMessages {

    /** A short name. */
    @Message
    String title(Reason reason);

    /** Why it blocks reset, or, for a finding, why it matters although reset works. */
    @Message
    String cause(Reason reason);

    /** What to do about it. */
    @Message
    String fix(Reason reason);
}
