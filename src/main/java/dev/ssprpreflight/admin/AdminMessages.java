package dev.ssprpreflight.admin;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The console's frame and the words its pages share: navigation, sign-in and refusals, outcomes, period choice,
 * filters, paging and form errors, reason tiers and advice, yes/no and durations. The texts live in
 * {@code messages/adm_<lang>.properties}; English is the default and the build fails when it lacks one of these keys.
 * Each page keeps its own texts in a bundle of its own ({@link DashboardMessages}, {@link AttemptMessages},
 * {@link ScanMessages}, {@link FunnelMessages}, {@link HealthMessages}): past 300 keys Quarkus 3.33 generates a
 * bundle class that fails verification at start (quarkusio/quarkus#55584, fixed by #55653 in a later release).
 */
@MessageBundle(value = "adm", locale = "en")
public interface AdminMessages {

    // Frame

    @Message
    String consoleTitle();

    @Message
    String skipToContent();

    @Message
    String languageSwitchLabel();

    @Message
    String languageSwitchButton();

    @Message
    String navDashboard();

    @Message
    String navAttempts();

    @Message
    String navScans();

    @Message
    String navHealth();

    @Message
    String signedInAs(String name);

    @Message
    String signOut();

    // Sign-in (demo only) and refusals

    @Message
    String signInHeading();

    @Message
    String signInDemoNote();

    @Message
    String signInUsername();

    @Message
    String signInPassword();

    @Message
    String signInButton();

    @Message
    String signInFailed();

    @Message
    String forbiddenHeading();

    @Message
    String forbiddenText(String role);

    @Message
    String signInUnavailableHeading();

    @Message
    String signInUnavailableText();

    // Period choice and reason tables (dashboard, funnel, scans)

    @Message
    String periodLabel();

    @Message
    String periodDays(int days);

    @Message
    String showPeriod();

    @Message
    String tableReason();

    @Message
    String tableCount();

    @Message
    String retiredTag();

    @Message
    String findingTag();

    // Outcomes

    @Message
    String outcomeReady();

    @Message
    String outcomeBlocked();

    @Message
    String outcomeUnknownUser();

    @Message
    String outcomeChecksUnavailable();

    // Filters, paging and form errors (attempt list, a scan's users)

    @Message
    String filterReason();

    @Message
    String filterAny();

    @Message
    String filterApply();

    @Message
    String exportCsv();

    @Message
    String reasonGroupBlocks();

    @Message
    String reasonGroupFindings();

    @Message
    String reasonGroupRetired();

    @Message
    String pageOf(String page, String pages);

    @Message
    String previousPage();

    @Message
    String nextPage();

    @Message
    String pagination();

    @Message
    String errorSummaryHeading();

    @Message
    String errorReason();

    @Message
    String errorPage();

    // Reason advice (attempt detail, a scan)

    @Message
    String causeLabel();

    @Message
    String fixLabel();

    @Message
    String docLink();

    // Values

    @Message
    String yes();

    @Message
    String no();

    @Message
    String durationSeconds(String seconds);

    @Message
    String durationMinutes(String minutes, String seconds);

    @Message
    String durationHours(String hours, String minutes);
}
