package dev.ssprpreflight.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The texts of the console's dashboard (what blocks resets, findings, the reference-code search), in
 * {@code messages/dsh_<lang>.properties}. The period choice and the reason table's words are the console's shared
 * texts in {@link AdminMessages}.
 */
@MessageBundle(value = "dsh", locale = "en")
public interface DashboardMessages {

    @Message
    String dashboardHeading();

    @Message
    String totalsHeading();

    @Message
    String chartHeading();

    @Message
    String chartSummary(String from, String to);

    @Message
    String chartEmpty();

    @Message
    String tableDay();

    @Message
    String reasonTotalsHeading();

    @Message
    String findingTotalsHeading();

    @Message
    String findingsIntro();

    @Message
    String findingsSummary(String from, String to);

    @Message
    String findingsEmpty();

    @Message
    String searchLabel();

    @Message
    String searchButton();

    @Message
    String searchNotFound(String code);

    @Message
    String searchInvalid();
}
