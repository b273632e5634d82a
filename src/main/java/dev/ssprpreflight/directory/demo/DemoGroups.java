package dev.ssprpreflight.directory.demo;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;

import dev.ssprpreflight.directory.demo.DemoTenantFile.Group;
import dev.ssprpreflight.directory.demo.DemoTenantFile.User;

/**
 * The demo file's groups with their object ids and their transitive members, as Graph's
 * {@code transitiveMembers} lists them: a member of a nested group is a member of every group above it.
 * Construction rejects a member who is not a user, a nested group that does not exist or whose name is
 * ambiguous, and a group that contains itself.
 */
final class DemoGroups {

    private final List<Group> groups;
    /** Per group, by position: its users, direct ones first, then those of its nested groups. */
    private final List<Set<User>> transitiveMembers = new ArrayList<>();

    /**
     * @param userByUpn finds a user of the file by UPN
     * @throws IllegalArgumentException naming the group at fault
     */
    DemoGroups(List<Group> groups, Function<String, Optional<User>> userByUpn) {
        this.groups = List.copyOf(groups);
        for (Group group : this.groups) {
            for (String member : group.members()) {
                if (userByUpn.apply(member).isEmpty()) {
                    throw new IllegalArgumentException("group '" + group.name() + "': no user " + member);
                }
            }
            group.nestedGroups().forEach(nested -> onlyOneNamed(nested, "group '" + group.name() + "': nested group"));
        }
        for (int index = 0; index < this.groups.size(); index++) {
            Set<User> members = new LinkedHashSet<>();
            collect(index, userByUpn, new ArrayList<>(), members);
            transitiveMembers.add(Collections.unmodifiableSet(members));
        }
    }

    /** Every group, in the file's order. */
    List<Group> all() {
        return groups;
    }

    /** The group's object id, derived from its position so that groups of the same name differ. */
    String idOf(Group group) {
        return DemoObjectIds.of("group", indexOf(group) + ":" + group.name());
    }

    Optional<Group> byId(String id) {
        return groups.stream().filter(group -> idOf(group).equalsIgnoreCase(id)).findFirst();
    }

    /** The groups of this display name, ignoring case and surrounding blanks, as Entra ID finds them. */
    List<Group> named(String displayName) {
        String wanted = displayName.strip().toLowerCase(Locale.ROOT);
        return groups.stream().filter(group -> group.name().toLowerCase(Locale.ROOT).equals(wanted)).toList();
    }

    /**
     * The one group of this exact name, for a reference from elsewhere in the file.
     *
     * @param field names the reference in the message when there is no such group or several
     */
    Group onlyOneNamed(String name, String field) {
        List<Group> found = groups.stream().filter(group -> group.name().equals(name)).toList();
        if (found.size() != 1) {
            throw new IllegalArgumentException(field + " '" + name + "' "
                    + (found.isEmpty() ? "is not a group of the file"
                            : "is ambiguous: " + found.size()
                                    + " groups have that name"));
        }
        return found.get(0);
    }

    /** The group's users, transitively, direct members first, each once. */
    List<User> membersOf(Group group) {
        return List.copyOf(transitiveMembers.get(indexOf(group)));
    }

    /** Whether the user belongs to the group of this id, transitively. */
    boolean contains(String groupId, User user) {
        return byId(groupId).map(group -> transitiveMembers.get(indexOf(group)).contains(user)).orElse(false);
    }

    private void collect(int index, Function<String, Optional<User>> userByUpn, List<Integer> path, Set<User> members) {
        Group group = groups.get(index);
        if (path.contains(index)) {
            throw new IllegalArgumentException("group '" + group.name() + "' contains itself through '"
                    + groups.get(path.get(path.size() - 1)).name() + "'");
        }
        path.add(index);
        group.members().forEach(member -> members.add(userByUpn.apply(member).orElseThrow()));
        for (String nested : group.nestedGroups()) {
            collect(indexOf(onlyOneNamed(nested, "nested group")), userByUpn, path, members);
        }
        path.remove(path.size() - 1);
    }

    /** By identity: two groups may be equal in every field and still be two groups. */
    private int indexOf(Group group) {
        return IntStream.range(0, groups.size()).filter(i -> groups.get(i) == group).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a group of this file: " + group.name()));
    }
}
