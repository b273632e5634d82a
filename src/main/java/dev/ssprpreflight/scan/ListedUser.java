package dev.ssprpreflight.scan;

import java.util.Objects;

import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/**
 * One user as a listing of the directory delivers it: the facts the checks need, with the registration
 * report's row (when the report knows the user) and no live look, and the facts of the user's
 * organisation.
 */
public record ListedUser(UserFacts user, TenantFacts tenant) {

    public ListedUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(tenant, "tenant");
    }
}
