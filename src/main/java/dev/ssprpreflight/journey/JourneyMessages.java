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

    @Message
    String portalAnyway();

    @Message
    String tryAnotherUsername();

    // Reasons: a title, what it means for the user, what they can do
    @Message
    String writebackNotEnabledTitle();

    @Message
    String writebackNotEnabledMeaning();

    @Message
    String writebackNotEnabledAction();

    @Message
    String licenseMissingTitle();

    @Message
    String licenseMissingMeaning();

    @Message
    String licenseMissingAction();

    @Message
    String syncErrorsTitle();

    @Message
    String syncErrorsMeaning();

    @Message
    String syncErrorsAction();

    @Message
    String syncStaleTitle();

    @Message
    String syncStaleMeaning();

    @Message
    String syncStaleAction();

    @Message
    String methodsNotRegisteredTitle();

    @Message
    String methodsNotRegisteredMeaning();

    @Message
    String methodsNotRegisteredAction();

    @Message
    String adminWritebackUnsupportedTitle();

    @Message
    String adminWritebackUnsupportedMeaning();

    @Message
    String adminWritebackUnsupportedAction();

    @Message
    String adminNeedsTwoMethodsTitle();

    @Message
    String adminNeedsTwoMethodsMeaning();

    @Message
    String adminNeedsTwoMethodsAction();

    @Message
    String adminSsprDisabledTitle();

    @Message
    String adminSsprDisabledMeaning();

    @Message
    String adminSsprDisabledAction();

    @Message
    String accountDisabledTitle();

    @Message
    String accountDisabledMeaning();

    @Message
    String accountDisabledAction();

    @Message
    String ssprNotEnabledTitle();

    @Message
    String ssprNotEnabledMeaning();

    @Message
    String ssprNotEnabledAction();

    @Message
    String guestAccountTitle();

    @Message
    String guestAccountMeaning();

    @Message
    String guestAccountAction();

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
