package dev.ssprpreflight.audit;

import java.util.List;

/**
 * One page of attempts and how many match in all.
 *
 * @param attempts the page's attempts, reasons loaded
 * @param total how many attempts match the filter
 * @param page the 1-based page number
 * @param pageSize rows per page
 */
public record AttemptPage(List<Attempt> attempts, long total, int page, int pageSize) {

    public long pageCount() {
        return Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pageCount();
    }
}
