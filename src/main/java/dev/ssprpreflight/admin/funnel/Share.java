package dev.ssprpreflight.admin.funnel;

/**
 * A share with its counts, "n of m", so that 100 % of 1 is never read as 100 % of 1,000.
 *
 * @param count how many did it
 * @param of how many could have
 */
public record Share(long count, long of) {

    /** The share in per cent, rounded to a whole number; meaningless when {@link #of} is 0 (then {@link #isEmpty}). */
    public long percent() {
        return of == 0 ? 0 : Math.round(100.0 * count / of);
    }

    /** Both together: a period's share is the sum of its days' counts. */
    Share plus(Share other) {
        return new Share(count + other.count, of + other.of);
    }

    /** Nothing to share: no attempt whose window closed. */
    public boolean isEmpty() {
        return of == 0;
    }
}
