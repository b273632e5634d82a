package dev.ssprpreflight.admin.funnel;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.directory.SsprAuditStore;

/**
 * Computes the funnel from the attempt log and Entra's SSPR events, without any framework, so that its counts can be
 * checked by hand (shared/docs/entra-sspr-fidelity.md §8, "Funnel recipe").
 * <ul>
 * <li><b>Unit:</b> an attempt of a known user (one with an object id). An unknown username carries no object id to join
 * on, nor does a check that could not reach the directory before it found the user: such attempts are counted apart
 * ({@link Funnel#withoutObjectId()}), never in the funnel.</li>
 * <li><b>Days</b> are UTC days of the verdict, as everywhere in the console.</li>
 * <li><b>Attribution:</b> {@link Attribution}: an event belongs to its user's most recent attempt at or before it, if
 * within the window.</li>
 * <li><b>Stages:</b> {@link FollowUp} and {@link EventMeaning}.</li>
 * <li><b>Prediction quality:</b> only attempts whose window has closed ({@code at + window <= now}) enter the shares;
 * the others are still open and counted as such. The READY share leaves out CHECKS_UNAVAILABLE (sent on, but we
 * predicted nothing).</li>
 * </ul>
 */
public final class FunnelCalculator {

    private FunnelCalculator() {
    }

    /**
     * @param attempts the period's attempts, and any of the same users up to one window after it (they only fence
     *        events off, see {@link Attribution}); attempts outside the period are not counted
     * @param events the users' events from the period's start to one window after its end
     * @param firstDay the period's first day (UTC)
     * @param lastDay its last day (UTC)
     * @param window how long after a verdict an event still counts
     * @param now the time of the reading: a window that ends later is still open
     */
    public static Funnel compute(List<FunnelAttempt> attempts, List<SsprAuditStore.Event> events, LocalDate firstDay,
            LocalDate lastDay, Duration window, Instant now) {
        Map<FunnelAttempt, List<SsprAuditStore.Event>> attributed = Attribution.of(attempts, events, window);
        Instant from = firstDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        List<FunnelAttempt> inPeriod = attempts.stream().filter(a -> !a.at().isBefore(from) && a.at().isBefore(to))
                .sorted(Comparator.comparing(FunnelAttempt::at)).toList();
        List<FollowUp> followUps = inPeriod.stream().filter(FunnelAttempt::known)
                .map(a -> new FollowUp(a, attributed.get(a), now.isBefore(a.at().plus(window)))).toList();

        Map<LocalDate, List<FollowUp>> byDay = new TreeMap<>(
                followUps.stream().collect(Collectors.groupingBy(f -> day(f.attempt()))));
        Map<LocalDate, Long> unknownByDay = inPeriod.stream().filter(a -> !a.known())
                .collect(Collectors.groupingBy(FunnelCalculator::day, Collectors.counting()));
        List<Funnel.Day> days = new ArrayList<>();
        for (LocalDate day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            List<FollowUp> ofDay = byDay.getOrDefault(day, List.of());
            days.add(new Funnel.Day(day, StageCounts.of(ofDay), unknownByDay.getOrDefault(day, 0L), byReason(ofDay),
                    failures(ofDay)));
        }
        List<Funnel.ReasonRow> reasons = byReason(followUps).entrySet().stream()
                .map(e -> new Funnel.ReasonRow(e.getKey(), e.getValue())).toList();

        List<FollowUp> closed = followUps.stream().filter(f -> !f.open()).toList();
        Share ready = share(closed, f -> f.attempt().outcome() == Outcome.READY, FollowUp::succeeded);
        Share blocked = share(closed, f -> f.attempt().outcome() == Outcome.BLOCKED, FollowUp::succeededAnyway);
        Map<Reason, Share> blockedByReason = new EnumMap<>(Reason.class);
        closed.stream().filter(f -> f.attempt().outcome() == Outcome.BLOCKED)
                .flatMap(f -> f.attempt().reasons().stream()).filter(Reason::blocks).distinct()
                .forEach(reason -> blockedByReason.put(reason, share(closed,
                        f -> f.attempt().outcome() == Outcome.BLOCKED && f.attempt().reasons().contains(reason),
                        FollowUp::succeededAnyway)));

        long withoutObjectId = inPeriod.stream().filter(a -> !a.known()).count();
        return new Funnel(firstDay, lastDay, window, StageCounts.of(followUps), withoutObjectId, days, reasons,
                failures(followUps),
                texts(followUps.stream().flatMap(f -> f.unknownSteps().stream()).toList()), ready, blocked,
                blockedByReason);
    }

    /**
     * The funnel of consecutive days, each computed alone by {@link #compute} (attempts and events from the day's
     * start to one window after its end): the same as computing the whole period at once, because an event belongs
     * to its user's latest attempt before it, which the day's slice always holds when the event falls in that day's
     * reach, while only a day's data need be in memory at a time.
     *
     * @param days the funnels of single days, oldest first, without gaps
     */
    public static Funnel joinDays(List<Funnel> days) {
        Funnel first = days.get(0);
        StageCounts total = StageCounts.NONE;
        long withoutObjectId = 0;
        List<Funnel.Day> rows = new ArrayList<>();
        Map<Reason, StageCounts> reasons = new EnumMap<>(Reason.class);
        Map<String, Long> failures = new HashMap<>();
        Map<String, Long> unknownSteps = new HashMap<>();
        Share ready = new Share(0, 0);
        Share blocked = new Share(0, 0);
        Map<Reason, Share> blockedByReason = new EnumMap<>(Reason.class);
        for (Funnel day : days) {
            total = total.plus(day.total());
            withoutObjectId += day.withoutObjectId();
            rows.addAll(day.days());
            day.reasons().forEach(row -> reasons.merge(row.reason(), row.counts(), StageCounts::plus));
            day.failures().forEach(text -> failures.merge(text.text(), text.count(), Long::sum));
            day.unknownSteps().forEach(text -> unknownSteps.merge(text.text(), text.count(), Long::sum));
            ready = ready.plus(day.ready());
            blocked = blocked.plus(day.blocked());
            day.blockedByReason().forEach((reason, share) -> blockedByReason.merge(reason, share, Share::plus));
        }
        List<Funnel.ReasonRow> reasonRows = reasons.entrySet().stream()
                .map(e -> new Funnel.ReasonRow(e.getKey(), e.getValue())).toList();
        return new Funnel(first.firstDay(), days.get(days.size() - 1).lastDay(), first.window(), total,
                withoutObjectId, rows, reasonRows, counted(failures), counted(unknownSteps), ready, blocked,
                blockedByReason);
    }

    private static LocalDate day(FunnelAttempt attempt) {
        return attempt.at().atZone(ZoneOffset.UTC).toLocalDate();
    }

    /** Stage counts per reason the attempts carried, in catalogue order. */
    private static Map<Reason, StageCounts> byReason(List<FollowUp> followUps) {
        Map<Reason, List<FollowUp>> grouped = new EnumMap<>(Reason.class);
        followUps.forEach(f -> f.attempt().reasons()
                .forEach(reason -> grouped.computeIfAbsent(reason, r -> new ArrayList<>()).add(f)));
        Map<Reason, StageCounts> counts = new LinkedHashMap<>();
        grouped.forEach((reason, ofReason) -> counts.put(reason, StageCounts.of(ofReason)));
        return counts;
    }

    private static Share share(Collection<FollowUp> closed, Predicate<FollowUp> among, Predicate<FollowUp> did) {
        List<FollowUp> candidates = closed.stream().filter(among).toList();
        return new Share(candidates.stream().filter(did).count(), candidates.size());
    }

    private static List<Funnel.TextCount> failures(List<FollowUp> followUps) {
        return texts(followUps.stream().flatMap(f -> f.failure().stream()).toList());
    }

    /** Each text with its count, most frequent first, then alphabetically. */
    private static List<Funnel.TextCount> texts(List<String> texts) {
        return counted(texts.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting())));
    }

    private static List<Funnel.TextCount> counted(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> new Funnel.TextCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(Funnel.TextCount::count).reversed()
                        .thenComparing(Funnel.TextCount::text))
                .toList();
    }
}
