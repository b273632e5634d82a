package dev.ssprpreflight.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.ssprpreflight.admin.funnel.EventMeaning;
import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.web.LocaleFormats;

/**
 * The attempt detail's "What Entra recorded afterwards": the user's events of Entra's self-service password reset log
 * within the funnel's window after the attempt and before the user's next attempt (the same attribution as the
 * funnel), each as Microsoft wrote it. "Not known" while the events are not read: never "nothing happened".
 *
 * @param state {@code NOT_READ}, {@code UNKNOWN_USER}, {@code NOTHING} or {@code EVENTS}
 * @param notes what the section says about the window, in order
 * @param events the events, oldest first
 */
public record AfterwardsSection(String state, List<String> notes, List<EventRow> events) {

    /**
     * @param time when Entra recorded it; @param activity its activity name; @param result its result;
     * @param step its step or reason (the {@code resultReason}), verbatim; @param meaning how the funnel reads it
     */
    public record EventRow(ShownTime time, String activity, String result, String step, String meaning) {
    }

    static AfterwardsSection of(Attempt attempt, boolean entraRead, Optional<FunnelService.Afterwards> afterwards,
            long windowMinutes, FunnelMessages msg, LocaleFormats formats) {
        if (!entraRead) {
            return new AfterwardsSection("NOT_READ", List.of(msg.afterNotRead()), List.of());
        }
        if (attempt.userObjectId == null || afterwards.isEmpty()) {
            return new AfterwardsSection("UNKNOWN_USER", List.of(msg.afterUnknownUser()), List.of());
        }
        FunnelService.Afterwards found = afterwards.get();
        List<String> notes = new ArrayList<>();
        notes.add(found.events().isEmpty() ? msg.afterNothing(windowMinutes) : msg.afterIntro(windowMinutes));
        found.nextAttempt().ifPresent(next -> notes.add(msg.afterNextAttempt(formats.dateTimeUtc(next))));
        if (found.open()) {
            notes.add(msg.afterOpen(formats.dateTimeUtc(found.windowEnd())));
        }
        List<EventRow> rows = found.events().stream()
                .map(event -> new EventRow(ShownTime.of(event.activityAt(), formats), event.activityDisplayName(),
                        event.result(), event.resultReason(), EventMeaning.of(event).name()))
                .toList();
        return new AfterwardsSection(rows.isEmpty() ? "NOTHING" : "EVENTS", notes, rows);
    }
}
