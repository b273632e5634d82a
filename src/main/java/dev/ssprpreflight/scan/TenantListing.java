package dev.ssprpreflight.scan;

import java.util.List;
import java.util.OptionalLong;

/**
 * The port through which a readiness scan reads the whole directory: paged lists, never one call per
 * user. The Graph adapter pages {@code /users} (or a group's transitive members) with {@code $top=999}
 * and {@code @odata.nextLink}, adds the directory roles from the role member lists and the registration
 * report from its mirror; the demo adapter lists the bundled tenant.
 * <p>
 * Implementations wait out throttling ({@code 429} with {@code Retry-After}) and ask for the same page
 * again, so that a page is delivered exactly once; they give up with a {@link ListingFailure} naming
 * the call and the cause.
 */
public interface TenantListing {

    /**
     * The groups whose display name is exactly {@code displayName} (compared as the directory compares
     * it); none, one, or several when the name is not unique.
     */
    List<Group> findGroups(String displayName) throws ListingFailure;

    /** How many users the scope holds, for the progress bar; empty when the directory cannot say. */
    OptionalLong countUsers(ScanScope scope);

    /**
     * Delivers every user of the scope, page by page, to {@code pages}, and returns when the last page
     * was delivered. An interrupt of the calling thread stops it between pages with an
     * {@link InterruptedException}.
     */
    void forEachPage(ScanScope scope, PageHandler pages) throws ListingFailure, InterruptedException;

    /** Receives one page of users; it may hold on to nothing after it returns. */
    @FunctionalInterface
    interface PageHandler {
        void page(List<ListedUser> users) throws InterruptedException;
    }

    /** A group found by name. */
    record Group(String id, String displayName) {
    }

    /** The listing could not go on; the message names the call and the cause, for the admins. */
    final class ListingFailure extends Exception {

        private static final long serialVersionUID = 1L;

        public ListingFailure(String message) {
            super(message);
        }

        public ListingFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
