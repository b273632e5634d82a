package dev.ssprpreflight.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import dev.ssprpreflight.admin.funnel.Funnel;
import dev.ssprpreflight.admin.funnel.FunnelAttempt;
import dev.ssprpreflight.admin.funnel.FunnelCalculator;
import dev.ssprpreflight.audit.Attempt;
import dev.ssprpreflight.audit.AttemptQuery;
import dev.ssprpreflight.audit.AttemptSearch;
import dev.ssprpreflight.directory.SsprAuditStore;
import dev.ssprpreflight.directory.SsprAuditTrail;

/**
 * Joins the attempt log with Entra's SSPR events for the console: the funnel of a period, and one attempt's
 * "what Entra recorded afterwards". The joining rules live in {@link FunnelCalculator}; this reads their inputs.
 */
@ApplicationScoped
public class FunnelService {

    private final AttemptSearch search;
    private final SsprAuditTrail trail;
    private final AdminConfig config;
    private final Clock clock;

    FunnelService(AttemptSearch search, SsprAuditTrail trail, AdminConfig config, Clock clock) {
        this.search = search;
        this.trail = trail;
        this.config = config;
        this.clock = clock;
    }

    /** Whether Entra's SSPR events are read at all: when not, what came after a verdict is not known. */
    public boolean entraRead() {
        return trail.read();
    }

    public Duration window() {
        return config.funnel().window();
    }

    /**
     * The funnel of the UTC days from {@code firstDay} to {@code lastDay}, read and computed one day at a time, so
     * that a long period of a busy tenant holds one day's attempts and events in memory, not the whole period's
     * ({@link FunnelCalculator#joinDays}).
     */
    public Funnel period(LocalDate firstDay, LocalDate lastDay) {
        Instant now = clock.instant();
        List<Funnel> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            days.add(day(day, now));
        }
        return FunnelCalculator.joinDays(days);
    }

    private Funnel day(LocalDate day, Instant now) {
        Instant from = day.atStartOfDay(ZoneOffset.UTC).toInstant();
        // Attempts up to one window after the day fence its last events off (an event after a later attempt is
        // that attempt's); events come up to one window after the day's end, but none from the future.
        Instant until = min(day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().plus(window()), now.plusSeconds(1));
        List<FunnelAttempt> attempts = new ArrayList<>();
        AttemptQuery query = new AttemptQuery(from, until, Optional.empty(), Optional.empty(), Optional.empty(),
                AttemptQuery.Sort.TIME, false, 1, 1);
        search.forEach(query, attempt -> attempts.add(of(attempt)));
        List<SsprAuditStore.Event> events = List.of();
        if (trail.read()) {
            Set<String> users = attempts.stream().filter(FunnelAttempt::known).map(FunnelAttempt::objectId)
                    .collect(Collectors.toSet());
            events = trail.eventsOf(users, from, until);
        }
        return FunnelCalculator.compute(attempts, events, day, day, window(), now);
    }

    /**
     * What Entra recorded of the attempt's user within the window after it and before their next attempt, or empty
     * when the user was unknown or Entra's events are not read.
     */
    public Optional<Afterwards> afterwards(Attempt attempt) {
        if (!trail.read() || attempt.userObjectId == null) {
            return Optional.empty();
        }
        Instant end = attempt.occurredAt.plus(window());
        Optional<Instant> next = search.nextAttemptOf(attempt.userObjectId, attempt.occurredAt).filter(end::isAfter);
        List<SsprAuditStore.Event> events = trail.eventsOf(Set.of(attempt.userObjectId), attempt.occurredAt,
                next.orElse(end));
        return Optional.of(new Afterwards(events, end, next.isEmpty() && clock.instant().isBefore(end), next));
    }

    /**
     * @param events the user's events, oldest first
     * @param windowEnd when the window closes
     * @param open whether it has not closed yet
     * @param nextAttempt the user's next attempt within the window, which takes the events after it
     */
    public record Afterwards(List<SsprAuditStore.Event> events, Instant windowEnd, boolean open,
            Optional<Instant> nextAttempt) {
    }

    private static FunnelAttempt of(Attempt attempt) {
        return new FunnelAttempt(attempt.referenceCode, attempt.occurredAt, attempt.userObjectId, attempt.outcome,
                attempt.reasons);
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
