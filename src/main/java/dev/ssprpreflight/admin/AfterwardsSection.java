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
 * @param state {@code NOT_READ}, {@code NO_OBJECT_ID}, {@code OPEN} (nothing yet, the window is open),
 *        {@code NOTHING} (nothing in the closed window) or {@code EVENTS}
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
            return new AfterwardsSection("NO_OBJECT_ID", List.of(msg.afterNoObjectId()), List.of());
        }
        FunnelService.Afterwards found = afterwards.get();
        List<String> notes = new ArrayList<>();
        boolean empty = found.events().isEmpty();
        // "Nothing within the window" only once the window has closed: until then it is "still open", not "nothing".
        if (!empty) {
            notes.add(msg.afterIntro(windowMinutes));
        } else if (!found.open()) {
            notes.add(msg.afterNothing(windowMinutes));
        }
        found.nextAttempt().ifPresent(next -> notes.add(msg.afterNextAttempt(formats.dateTimeUtc(next))));
        if (found.open()) {
            notes.add(msg.afterOpen(formats.dateTimeUtc(found.windowEnd())));
        }
        List<EventRow> rows = found.events().stream()
                .map(event -> new EventRow(ShownTime.of(event.activityAt(), formats), event.activityDisplayName(),
                        event.result(), event.resultReason(), EventMeaning.of(event).name()))
                .toList();
        String state = !empty ? "EVENTS" : found.open() ? "OPEN" : "NOTHING";
        return new AfterwardsSection(state, notes, rows);
    }
}
