package dev.ssprpreflight.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import dev.ssprpreflight.audit.AttemptQuery;
import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;

/**
 * The attempt list's filter as it arrives in the query string: every value is text and may be
 * anything. {@link #toQuery} turns it into a query or into the list of what is wrong with it, so
 * that bad input is refused whole rather than half applied.
 *
 * @param from first day (UTC), {@code yyyy-MM-dd}; default 30 days ago
 * @param to last day (UTC, inclusive); default today
 * @param outcome an {@link Outcome} name, or empty for any
 * @param reason a {@link Reason} name, or empty for any
 * @param username text the username contains
 * @param sort an {@link AttemptQuery.Sort} name, lower case
 * @param dir {@code asc} or {@code desc}
 * @param page 1-based page number
 */
public record AttemptFilter(String from, String to, String outcome, String reason, String username, String sort,
        String dir, String page) {

    static final int DEFAULT_DAYS = 30;
    static final int MAX_USERNAME_TEXT = 113;
    static final int MAX_PAGE = 100_000;

    /** The problems a filter can have; each has a console message. */
    public enum Problem {
        DATE,
        PERIOD,
        OUTCOME,
        REASON,
        USERNAME,
        PAGE,
        SORT
    }

    /** Either a query or the problems that stopped it. */
    public record Parsed(Optional<AttemptQuery> query, List<Problem> problems) {
    }

    public Parsed toQuery(Clock clock, int pageSize) {
        List<Problem> problems = new ArrayList<>();
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate fromDay = parse(from, LocalDate::parse, today.minusDays(DEFAULT_DAYS - 1L), Problem.DATE, problems);
        LocalDate toDay = parse(to, LocalDate::parse, today, Problem.DATE, problems);
        Optional<Outcome> outcomeValue = optional(outcome, Outcome::valueOf, Problem.OUTCOME, problems);
        Optional<Reason> reasonValue = optional(reason, Reason::valueOf, Problem.REASON, problems);
        AttemptQuery.Sort sortValue = parse(sort, s -> AttemptQuery.Sort.valueOf(s.toUpperCase(Locale.ROOT)),
                AttemptQuery.Sort.TIME, Problem.SORT, problems);
        int pageValue = parse(page, Integer::parseInt, 1, Problem.PAGE, problems);
        if (pageValue < 1 || pageValue > MAX_PAGE) {
            problems.add(Problem.PAGE);
        }
        String usernameText = FreeText.stripped(username);
        if (usernameText != null && !FreeText.acceptable(usernameText, MAX_USERNAME_TEXT)) {
            problems.add(Problem.USERNAME);
        }
        if (outsideTheLog(fromDay, today) || outsideTheLog(toDay, today)) {
            // LocalDate accepts years up to +999999999, where the day after overflows: a 400, never a 500.
            problems.add(Problem.DATE);
        }
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            problems.add(Problem.PERIOD);
        }
        if (dir != null && !dir.isBlank() && !dir.equals("asc") && !dir.equals("desc")) {
            problems.add(Problem.SORT);
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems.stream().distinct().toList());
        }
        Instant start = fromDay.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = toDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        boolean descending = !"asc".equals(dir);
        return new Parsed(Optional.of(new AttemptQuery(start, end, outcomeValue, reasonValue,
                Optional.ofNullable(usernameText), sortValue, descending, pageValue, pageSize)), List.of());
    }

    private static <T> T parse(String text, Function<String, T> parser, T fallback, Problem problem,
            List<Problem> problems) {
        if (blank(text)) {
            return fallback;
        }
        try {
            return parser.apply(text.strip());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            problems.add(problem);
            return fallback;
        }
    }

    private static <T> Optional<T> optional(String text, Function<String, T> parser, Problem problem,
            List<Problem> problems) {
        return Optional.ofNullable(parse(text, parser, null, problem, problems));
    }

    /** A day no attempt can have: before 2000, or more than a year ahead. */
    private static boolean outsideTheLog(LocalDate day, LocalDate today) {
        return day != null && (day.getYear() < 2000 || day.isAfter(today.plusYears(1)));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
