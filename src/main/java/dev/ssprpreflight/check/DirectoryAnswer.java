package dev.ssprpreflight.check;

import java.util.List;

/** The directory's answer to a user lookup. */
public sealed interface DirectoryAnswer {

    /** The directory's request ids, for correlation with its logs. */
    List<String> requestIds();

    /** The user exists; here is what the checks need. */
    record Found(UserFacts user, TenantFacts tenant, List<String> requestIds) implements DirectoryAnswer {
        public Found {
            requestIds = List.copyOf(requestIds);
        }
    }

    /** No user with that name. */
    record NotFound(List<String> requestIds) implements DirectoryAnswer {
        public NotFound {
            requestIds = List.copyOf(requestIds);
        }
    }

    /**
     * The directory could not answer (down, throttled, refused, too slow).
     *
     * @param cause a message for the admins and the log, never shown to the user
     */
    record Unavailable(String cause, List<String> requestIds) implements DirectoryAnswer {
        public Unavailable {
            requestIds = List.copyOf(requestIds);
        }
    }
}
