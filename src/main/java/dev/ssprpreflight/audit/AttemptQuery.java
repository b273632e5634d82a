package dev.ssprpreflight.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.ssprpreflight.check.Outcome;
import dev.ssprpreflight.check.Reason;

/**
 * A filtered, sorted page of the attempt log, as the console asks for it.
 *
 * @param from inclusive start of the period
 * @param to exclusive end of the period
 * @param outcome only attempts with this outcome
 * @param reason only attempts recorded with (among others) this reason: a block, a finding or a retired code
 * @param usernameContains only usernames containing this text, case-insensitively
 * @param sort the column to sort by; ties are broken newest first
 * @param descending sort direction
 * @param page 1-based page number
 * @param pageSize rows per page
 */
public record AttemptQuery(Instant from, Instant to, Optional<Outcome> outcome, Optional<Reason> reason,
        Optional<String> usernameContains, Sort sort, boolean descending, int page, int pageSize) {

    public AttemptQuery {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page and pageSize start at 1");
        }
    }

    /** The columns the list can be sorted by, with the table column behind each. */
    public enum Sort {
        TIME("occurred_at"),
        USERNAME("username_normalised"),
        OUTCOME("outcome"),
        DURATION("duration_millis");

        private final String column;

        Sort(String column) {
            this.column = column;
        }

        String column() {
            return column;
        }
    }

    /** The same filter without paging, for exports. */
    public AttemptQuery firstPage() {
        return new AttemptQuery(from, to, outcome, reason, usernameContains, sort, descending, 1, pageSize);
    }

    public AttemptQuery withPage(int newPage) {
        return new AttemptQuery(from, to, outcome, reason, usernameContains, sort, descending, newPage, pageSize);
    }
}
