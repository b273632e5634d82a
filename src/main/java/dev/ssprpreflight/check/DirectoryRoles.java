package dev.ssprpreflight.check;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The directory roles a user holds, directly or through role-assignable groups.
 * <p>
 * Graph returns only {@code id} and {@code @odata.type} for directory objects the app may not read
 * ("limited information"), so a role can come back without its template id or name. Such a role is
 * counted in {@code unreadable}, never silently taken for "not an admin": the health page names the
 * missing permission.
 *
 * @param templateIds the {@code roleTemplateId} of every role whose template is known, lower case
 * @param displayNames the display names of the roles, for the few two-gate roles Microsoft publishes no
 *        template id for
 * @param unreadable how many held roles Graph returned without template id or name
 */
public record DirectoryRoles(Set<String> templateIds, Set<String> displayNames, int unreadable) {

    public DirectoryRoles {
        templateIds = templateIds.stream().map(id -> id.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
        displayNames = Set.copyOf(displayNames);
        if (unreadable < 0) {
            throw new IllegalArgumentException("unreadable < 0");
        }
    }

    public static DirectoryRoles none() {
        return new DirectoryRoles(Set.of(), Set.of(), 0);
    }

    public static DirectoryRoles ofTemplateIds(Set<String> templateIds) {
        return new DirectoryRoles(templateIds, Set.of(), 0);
    }

    /** Whether any of the roles is on Microsoft's two-gate list. */
    public boolean anyTwoGate() {
        return AdminRoles.anyTwoGate(templateIds, displayNames);
    }
}
