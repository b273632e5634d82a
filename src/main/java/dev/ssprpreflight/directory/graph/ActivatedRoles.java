package dev.ssprpreflight.directory.graph;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.microsoft.graph.directoryroles.DirectoryRolesRequestBuilder;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryRole;

import dev.ssprpreflight.check.DirectoryRoles;

/**
 * The directory roles activated in the tenant ({@code GET /directoryRoles?$select=id,roleTemplateId,displayName}), by
 * role object id, and what the roles a user holds are in the core's terms.
 * <p>
 * Why: Graph returns only {@code id} and {@code @odata.type} for directory objects the app may not read ("limited
 * information", Graph permissions overview; user-list-transitivememberof), so a user's role object can come back
 * without {@code roleTemplateId} or {@code displayName}. Its object id still matches one of this list, which
 * RoleManagement.Read.Directory reads. A role that neither its own object nor this list explains is counted as
 * unreadable ({@link DirectoryRoles#unreadable()}), never silently taken for "no role". The lookup reads the list with
 * the organisation's facts (same TTL); a readiness scan reads it to page each role's members.
 */
final class ActivatedRoles {

    /** What the lookups and the scan select of a role object. */
    static final String[] SELECT = { "id", "roleTemplateId", "displayName" };

    /** What is known of one role: its template id and its name, either possibly missing. */
    private record Role(Optional<String> templateId, Optional<String> displayName) {

        boolean readable() {
            return templateId.isPresent() || displayName.isPresent();
        }
    }

    private static final ActivatedRoles NONE = new ActivatedRoles(Map.of());

    private final Map<String, Role> byId;

    private ActivatedRoles(Map<String, Role> byId) {
        this.byId = Map.copyOf(byId);
    }

    /**
     * Asks {@code GET /directoryRoles} for what the lookups and the scan need of each role; the list is not paged in
     * practice.
     */
    static void select(DirectoryRolesRequestBuilder.GetRequestConfiguration config) {
        config.queryParameters.select = SELECT;
    }

    /** No list: every role object without template id or name stays unreadable. */
    static ActivatedRoles none() {
        return NONE;
    }

    /** The list as {@code GET /directoryRoles} returned it. */
    static ActivatedRoles of(Collection<DirectoryRole> roles) {
        Map<String, Role> byId = new HashMap<>();
        for (DirectoryRole role : roles) {
            if (role.getId() != null) {
                byId.put(role.getId().toLowerCase(Locale.ROOT), describe(role));
            }
        }
        return new ActivatedRoles(byId);
    }

    /** The object ids of the activated roles, lower case, for paging each role's members. */
    Set<String> ids() {
        return byId.keySet();
    }

    int size() {
        return byId.size();
    }

    /**
     * The roles a user holds, from the role objects Graph returned for them
     * ({@code transitiveMemberOf/microsoft.graph.directoryRole}), completed from this list where Graph left a role
     * object without template id and name.
     */
    DirectoryRoles held(Collection<? extends DirectoryObject> roleObjects) {
        List<Role> roles = roleObjects.stream().map(this::resolve).toList();
        return directoryRoles(roles);
    }

    /** The roles of these role object ids (a scan reads who holds which role from the roles' member lists). */
    DirectoryRoles heldByIds(Collection<String> roleIds) {
        List<Role> roles = roleIds.stream()
                .map(id -> byId.getOrDefault(id.toLowerCase(Locale.ROOT), new Role(Optional.empty(), Optional.empty())))
                .toList();
        return directoryRoles(roles);
    }

    private Role resolve(DirectoryObject object) {
        Role own = object instanceof DirectoryRole role ? describe(role) : new Role(Optional.empty(), Optional.empty());
        if (own.readable() || object.getId() == null) {
            return own;
        }
        return byId.getOrDefault(object.getId().toLowerCase(Locale.ROOT), own);
    }

    private static Role describe(DirectoryRole role) {
        return new Role(nonBlank(role.getRoleTemplateId()).map(id -> id.toLowerCase(Locale.ROOT)),
                nonBlank(role.getDisplayName()));
    }

    private static DirectoryRoles directoryRoles(List<Role> roles) {
        Set<String> templateIds = new HashSet<>();
        Set<String> displayNames = new HashSet<>();
        int unreadable = 0;
        for (Role role : roles) {
            role.templateId().ifPresent(templateIds::add);
            role.displayName().ifPresent(displayNames::add);
            if (!role.readable()) {
                unreadable++;
            }
        }
        return new DirectoryRoles(templateIds, displayNames, unreadable);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }
}
