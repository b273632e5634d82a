package dev.ssprpreflight.directory.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.microsoft.graph.models.User;

import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.scan.TenantListing.ListingFailure;
import io.quarkus.logging.Log;

/**
 * A readiness scan's view of the groups the SSPR policy declares (the SSPR group, the protected-account groups): each
 * group's transitive user members, paged once per scan (ids only), so that every listed user gets
 * {@code declaredGroupMemberships} without a {@code checkMemberGroups} call of their own. Transitive, as the lookups'
 * {@code checkMemberGroups} is. If a group cannot be read, nobody gets memberships: the group checks then stay silent
 * for the scan rather than judge on half the groups.
 * <p>
 * Memory grows with the declared groups' sizes (one entry per member), not with the tenant's users.
 */
final class DeclaredGroupMembers {

    /**
     * A scan's answer.
     *
     * @param groupsByUser member object id (lower case) to the declared groups they belong to; empty when no group is
     *        declared or one could not be read
     */
    record Memberships(Optional<Map<String, Set<String>>> groupsByUser) {

        /** Which declared groups the user belongs to; empty when nobody looked (none declared, or a read failed). */
        Optional<Set<String>> of(String userObjectId) {
            return groupsByUser.map(byUser -> byUser.getOrDefault(userObjectId.toLowerCase(Locale.ROOT), Set.of()));
        }
    }

    /** What is read of each member: who they are. */
    private static final String[] SELECT = { "id" };

    private final GroupMembers groupMembers;

    DeclaredGroupMembers(GroupMembers groupMembers) {
        this.groupMembers = groupMembers;
    }

    /** Reads the members of every group the policy declares; an interrupt stops it. */
    Memberships read(SsprPolicy policy) throws InterruptedException {
        if (policy.declaredGroupIds().isEmpty()) {
            return new Memberships(Optional.empty());
        }
        Map<String, Set<String>> groupsByUser = new HashMap<>();
        for (String groupId : policy.declaredGroupIds()) {
            try {
                groupMembers.forEachPage(GraphCall.DECLARED_GROUP_MEMBERS, groupId, SELECT, page -> {
                    for (User user : GraphFacts.nonNull(page.getValue())) {
                        if (user.getId() != null) {
                            groupsByUser.computeIfAbsent(user.getId().toLowerCase(Locale.ROOT),
                                    id -> new HashSet<>(2)).add(groupId);
                        }
                    }
                });
            } catch (ListingFailure failure) {
                Log.warnf("Readiness scan: the declared group %s could not be read (%s); the group checks stay silent "
                        + "for this scan", groupId, failure.getMessage());
                return new Memberships(Optional.empty());
            }
        }
        return new Memberships(Optional.of(groupsByUser));
    }
}
