package dev.ssprpreflight.directory.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.microsoft.graph.directoryroles.DirectoryRolesRequestBuilder;
import com.microsoft.graph.directoryroles.item.members.MembersRequestBuilder;
import com.microsoft.graph.models.DirectoryObject;
import com.microsoft.graph.models.DirectoryObjectCollectionResponse;
import com.microsoft.graph.models.DirectoryRole;
import com.microsoft.graph.models.DirectoryRoleCollectionResponse;
import com.microsoft.graph.models.Group;
import com.microsoft.graph.models.User;
import com.microsoft.graph.serviceclient.GraphServiceClient;

import dev.ssprpreflight.check.DirectoryRoles;
import dev.ssprpreflight.scan.TenantListing.ListingFailure;

/**
 * Who holds which directory role, for the whole tenant in a few paged lists instead of one
 * {@code transitiveMemberOf} call per user: the activated roles ({@code GET /directoryRoles}, the same
 * {@link ActivatedRoles} the lookups resolve role objects against), each role's members
 * ({@code GET /directoryRoles/{id}/members}), and, for members that are (role-assignable) groups, the group's
 * transitive user members. The result is what the live lookup reads per user from
 * {@code transitiveMemberOf/microsoft.graph.directoryRole}: active assignments, direct or through a group;
 * PIM-eligible roles that are not activated appear in neither.
 * <p>
 * Members are read with {@code $select=id}; Graph still sends each member's {@code @odata.type}, which
 * tells users from groups (service principals hold roles too and are left out). The map holds only the
 * role holders, a few hundred entries even in a large tenant.
 */
final class DirectoryRoleHolders {

    /** What is read of each role member: who they are (Graph adds their {@code @odata.type} anyway). */
    private static final String[] SELECT = { "id" };

    private final GraphServiceClient client;
    private final GraphPager pager;
    private final GroupMembers groupMembers;

    DirectoryRoleHolders(GraphServiceClient client, GraphPager pager, GroupMembers groupMembers) {
        this.client = client;
        this.pager = pager;
        this.groupMembers = groupMembers;
    }

    /** The activated roles, read now; a scan stops without them (it could not tell administrators). */
    ActivatedRoles activatedRoles() throws ListingFailure, InterruptedException {
        List<DirectoryRole> roles = new ArrayList<>();
        DirectoryRolesRequestBuilder list = client.directoryRoles();
        pager.pages(GraphCall.DIRECTORY_ROLES, () -> list.get(ActivatedRoles::select),
                nextLink -> list.withUrl(nextLink).get(), DirectoryRoleCollectionResponse::getOdataNextLink,
                page -> roles.addAll(GraphFacts.nonNull(page.getValue())));
        return ActivatedRoles.of(roles);
    }

    /** Object id (lower case) to the directory roles the user holds, for every user who holds one. */
    Map<String, DirectoryRoles> read(ActivatedRoles activated) throws ListingFailure, InterruptedException {
        Map<String, Set<String>> byUser = new HashMap<>();
        Map<String, Set<String>> byGroup = new LinkedHashMap<>();
        for (String roleId : activated.ids()) {
            MembersRequestBuilder members = client.directoryRoles().byDirectoryRoleId(roleId).members();
            pager.pages(GraphCall.DIRECTORY_ROLE_MEMBERS,
                    () -> members.get(config -> config.queryParameters.select = SELECT),
                    nextLink -> members.withUrl(nextLink).get(), DirectoryObjectCollectionResponse::getOdataNextLink,
                    page -> {
                        for (DirectoryObject member : GraphFacts.nonNull(page.getValue())) {
                            if (member instanceof User user && user.getId() != null) {
                                add(byUser, user.getId(), roleId);
                            } else if (member instanceof Group group && group.getId() != null) {
                                add(byGroup, group.getId(), roleId);
                            }
                        }
                    });
        }
        for (Map.Entry<String, Set<String>> group : byGroup.entrySet()) {
            groupMembers.forEachPage(GraphCall.ROLE_GROUP_MEMBERS, group.getKey(), SELECT, page -> {
                for (User user : GraphFacts.nonNull(page.getValue())) {
                    if (user.getId() != null) {
                        group.getValue().forEach(roleId -> add(byUser, user.getId(), roleId));
                    }
                }
            });
        }
        Map<String, DirectoryRoles> roles = new HashMap<>();
        byUser.forEach((userId, roleIds) -> roles.put(userId, activated.heldByIds(roleIds)));
        return roles;
    }

    private static void add(Map<String, Set<String>> map, String objectId, String roleId) {
        map.computeIfAbsent(objectId.toLowerCase(Locale.ROOT), id -> new HashSet<>()).add(roleId);
    }
}
