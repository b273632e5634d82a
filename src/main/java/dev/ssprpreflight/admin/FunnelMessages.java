package dev.ssprpreflight.admin;

import dev.ssprpreflight.admin.funnel.Stage;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the console's funnel page and of the attempt detail's "what Entra recorded afterwards", in
 * {@code messages/fun_<lang>.properties}. A bundle of its own, like {@link HealthMessages}: {@link AdminMessages}
 * stays below the 300 keys past which Quarkus 3.33 generates a bundle that fails at start (quarkusio/quarkus#55584).
 * The period choice, "Reason" and the tier tags are the console's shared texts in {@link AdminMessages}.
 */
@MessageBundle(value = "fun", locale = "en")
public interface FunnelMessages {

    /** The link in the console's navigation. */
    @Message
    String navFunnel();

    @Message
    String heading();

    @Message
    String intro();

    /** How events are attributed to attempts, with the window in minutes. */
    @Message
    String windowNote(long minutes);

    @Message
    String notReadHeading();

    @Message
    String notReadText();

    @Message
    String withoutObjectIdNote(String count);

    @Message
    String qualityHeading();

    @Message
    String qualityIntro();

    @Message
    String readyShareLabel();

    @Message
    String blockedShareLabel();

    /** A share with its counts: "40% (2 of 5)". */
    @Message
    String share(long percent, String count, String of);

    /** No attempt of the kind whose window has closed: no share to give. */
    @Message
    String shareNone();

    @Message
    String stillOpenNote(String count);

    @Message
    String byReasonHeading();

    @Message
    String byReasonCaption();

    @Message
    String pictureHeading();

    /** The picture's title for screen readers: the period it covers. */
    @Message
    String pictureSummary(String first, String last);

    @Message
    String daysHeading();

    @Message
    String daysCaption(String first, String last);

    @Message
    String reasonsHeading();

    @Message
    String reasonsCaption();

    @Message
    String reasonsEmpty();

    @Message
    String columnDay();

    @Message
    String columnWithoutObjectId();

    @Message
    String stage(Stage stage);

    /** Shown instead of a count that only Entra's audit log could give while it is not read: never 0. */
    @Message
    String notKnown();

    @Message
    String failuresHeading();

    @Message
    String failuresIntro();

    @Message
    String failuresEmpty();

    @Message
    String stepsHeading();

    @Message
    String stepsIntro();

    @Message
    String columnEntraText();

    @Message
    String columnAttempts();

    /** The 400: the period is not one of the choices. */
    @Message
    String errorDays();

    @Message
    String afterHeading();

    @Message
    String afterIntro(long minutes);

    @Message
    String afterNotRead();

    @Message
    String afterNoObjectId();

    @Message
    String afterNothing(long minutes);

    @Message
    String afterOpen(String until);

    /** The window was cut short by the same user's next attempt, which the later events belong to. */
    @Message
    String afterNextAttempt(String at);

    @Message
    String afterColumnTime();

    @Message
    String afterColumnActivity();

    @Message
    String afterColumnResult();

    @Message
    String afterColumnStep();
}
