package dev.ssprpreflight.journey;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the codes page ({@code /codes}) that the journey's bundles do not already hold: the page's own
 * wording, the codes no reason of ours covers ({@code title_$ON_PREMISES_REFUSED} ...) and the lines about
 * administrators. They live in {@code messages/cod_<lang>.properties}; a code that one of our reasons covers is
 * explained with that reason's texts from {@link ReasonMessages}, not from here.
 */
@MessageBundle(value = "cod", locale = "en")
public interface CodesMessages {

    /** The page's heading and title. */
    @Message
    String heading();

    @Message
    String intro();

    @Message
    String codeLabel();

    @Message
    String codeHint();

    @Message
    String submit();

    /** The 400: what was typed cannot be a code at all. */
    @Message
    String problemNotACode(int max);

    /** Above the explanation of a known code, naming it as the portal prints it. */
    @Message
    String knownHeading(String code);

    @Message
    String unknownHeading();

    @Message
    String unknownText();

    @Message
    String unknownLink();

    /** What a code that no reason covers means, in a few words. */
    @Message
    String title(PortalCode.OwnExplanation explanation);

    @Message
    String meaning(PortalCode.OwnExplanation explanation);

    @Message
    String action(PortalCode.OwnExplanation explanation);

    /** The neutral line for codes that administrators also get for a reason of their own. */
    @Message
    String adminNote(PortalCode.AdminNote note);

    @Message
    String adminNoteLink();

}
