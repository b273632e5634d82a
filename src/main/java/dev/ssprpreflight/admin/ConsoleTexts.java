package dev.ssprpreflight.admin;

import java.text.NumberFormat;
import java.time.Duration;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.ScanScope;
import dev.ssprpreflight.scan.ScanStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.Texts;
import dev.ssprpreflight.web.UiLanguage;

/** Texts for values of the core, composed in Java; the switches fail to compile when a value lacks one. */
final class ConsoleTexts {

    private ConsoleTexts() {
    }

    static String outcome(Outcome outcome, AdminMessages msg) {
        return switch (outcome) {
            case READY -> msg.outcomeReady();
            case BLOCKED -> msg.outcomeBlocked();
            case UNKNOWN_USER -> msg.outcomeUnknownUser();
            case CHECKS_UNAVAILABLE -> msg.outcomeChecksUnavailable();
        };
    }

    static String scanStatus(ScanStatus status, ScanMessages msg) {
        return switch (status) {
            case RUNNING -> msg.scanStatusRunning();
            case COMPLETE -> msg.scanStatusComplete();
            case FAILED -> msg.scanStatusFailed();
        };
    }

    static String scanScope(ScanScope scope, ScanMessages msg) {
        return scope.groupName().map(msg::scanScopeGroupNamed).orElseGet(msg::scanScopeWholeTenant);
    }

    /** A duration in whole seconds, minutes or hours, as "42 s", "3 min 05 s" or "2 h 10 min" in the language. */
    static String duration(Duration duration, AdminMessages msg, LocaleFormats formats) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds < 60) {
            return msg.durationSeconds(formats.number(seconds));
        }
        if (seconds < 3600) {
            return msg.durationMinutes(formats.number(seconds / 60), formats.number(seconds % 60));
        }
        return msg.durationHours(formats.number(seconds / 3600), formats.number(seconds / 60 % 60));
    }

    /**
     * A part of a whole as a percentage with at most one decimal, as people who read the language write it: "42%",
     * "42 %", "0,4 %". A part that is not nothing never shows as 0: it rounds up to the smallest step shown.
     */
    static String percent(long part, long whole, UiLanguage language) {
        NumberFormat format = NumberFormat.getPercentInstance(language.locale());
        format.setMaximumFractionDigits(1);
        double share = (double) part / whole;
        return format.format(part > 0 ? Math.max(share, 0.001) : share);
    }

    /** A reason's short name in the language. */
    static String reasonTitle(Reason reason, UiLanguage language) {
        return Texts.in(ReasonAdviceMessages.class, language).title(reason);
    }

    /** The cause, fix and link of a reason in the language, with its tier and whether it is retired. */
    static ReasonAdvice advice(Reason reason, UiLanguage language) {
        ReasonAdviceMessages texts = Texts.in(ReasonAdviceMessages.class, language);
        return new ReasonAdvice(reason.name(), texts.title(reason), texts.cause(reason), texts.fix(reason),
                reason.docLink().forLocale(language.microsoftLocale()), !reason.blocks(), reason.retired());
    }
}
