package dev.ssprpreflight.journey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the anonymous journey. The texts live in {@code messages/msg_<lang>.properties};
 * English is the default and the build fails when it lacks one of these keys.
 */
@MessageBundle(value = "msg", locale = "en")
public interface JourneyMessages {

    // Page frame
    @Message
    String pageTitle();

    @Message
    String skipToContent();

    @Message
    String languageSwitchLabel();

    @Message
    String languageSwitchButton();

    @Message
    String footerPrivacy();

    // The form
    @Message
    String formHeading();

    @Message
    String formIntro();

    @Message
    String usernameLabel();

    @Message
    String usernameHint();

    @Message
    String submit();

    @Message
    String errorSummaryHeading();

    @Message
    String problemEmpty();

    @Message
    String problemTooLong(int max);

    @Message
    String problemControlCharacters();

    @Message
    String problemNotAUpn();

    /** The form's link to the codes page ({@link CodesResource}). */
    @Message
    String codesLink();

    // The explanation page
    @Message
    String blockedHeading();

    @Message
    String blockedIntro(int count);

    @Message
    String whatItMeans();

    @Message
    String whatYouCanDo();

    @Message
    String learnMore();

    @Message
    String openSecurityInfo();

    @Message
    String referenceHeading();

    @Message
    String referenceExplanation();

    @Message
    String helpDeskLine(String helpDesk);

    /** The label before the time a user whom Microsoft blocks for 24 hours may try again. */
    @Message
    String retryAtLabel();

    /** "In about N hours", beside that time: true in every time zone. */
    @Message
    String retryInHours(long hours);

    @Message
    String portalAnyway();

    @Message
    String tryAnotherUsername();

    // Error pages
    @Message
    String notFoundHeading();

    @Message
    String notFoundText();

    @Message
    String errorHeading();

    @Message
    String errorText();

    @Message
    String backToStart();

    // Abuse protection: too many checks, and the proof-of-work challenge
    @Message
    String limitedHeading();

    @Message
    String limitedText(long minutes);

    @Message
    String limitedPortal();

    @Message
    String challengeHeading();

    @Message
    String challengeIntro();

    @Message
    String challengeWorking();

    @Message
    String challengeRetry();

    @Message
    String challengeNoScript(long minutes);

    // Discreet wording of reasons that would reveal an administrator account
    @Message
    String supportRequiredTitle();

    @Message
    String supportRequiredMeaning();

    @Message
    String supportRequiredAction();
}
