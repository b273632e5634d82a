package dev.ssprpreflight.directory.demo;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import dev.ssprpreflight.check.Upn;

/**
 * The demo file's organisations and users, indexed for lookups. Construction rejects what would make
 * a lookup ambiguous: two users with the same name, a domain owned twice, a user whose domain no
 * organisation owns.
 */
final class DemoTenant {

    private final List<DemoTenantFile.Organisation> organisations;
    private final List<DemoTenantFile.User> users;
    private final Map<String, DemoTenantFile.Organisation> organisationsByDomain = new HashMap<>();
    private final Map<String, DemoTenantFile.User> usersByUpnKey = new HashMap<>();
    private final Map<String, DemoTenantFile.User> usersByObjectId = new HashMap<>();
    private final List<DemoTenantFile.Group> groups;

    /** @throws IllegalArgumentException naming the entry at fault */
    DemoTenant(List<DemoTenantFile.Organisation> organisations, List<DemoTenantFile.User> users,
            List<DemoTenantFile.Group> groups) {
        this.organisations = List.copyOf(organisations);
        this.users = List.copyOf(users);
        this.groups = List.copyOf(groups);
        for (DemoTenantFile.Organisation organisation : organisations) {
            index(organisation);
        }
        for (DemoTenantFile.User user : users) {
            index(user);
        }
        for (DemoTenantFile.Group group : groups) {
            for (String member : group.members()) {
                if (userByUpn(member).isEmpty()) {
                    throw new IllegalArgumentException("group '" + group.name() + "': no user " + member);
                }
            }
        }
    }

    List<DemoTenantFile.Group> groups() {
        return groups;
    }

    /** The group's object id, derived from its position so that groups of the same name differ. */
    String objectIdOf(DemoTenantFile.Group group) {
        return DemoFactsTranslator.nameBasedId("group", groups.indexOf(group) + ":" + group.name());
    }

    /** The group's members, in the file's order. */
    List<DemoTenantFile.User> membersOf(DemoTenantFile.Group group) {
        return group.members().stream().map(member -> userByUpn(member).orElseThrow()).toList();
    }

    /**
     * The form in which UPNs are compared: NFC, because a browser may send "ö" as one code point or as
     * "o" plus a combining mark, and lower case, because Entra ID compares UPNs case-insensitively.
     */
    static String upnKey(String userPrincipalName) {
        return Normalizer.normalize(userPrincipalName.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    List<DemoTenantFile.Organisation> organisations() {
        return organisations;
    }

    List<DemoTenantFile.User> users() {
        return users;
    }

    Optional<DemoTenantFile.User> userByUpn(String userPrincipalName) {
        return Optional.ofNullable(usersByUpnKey.get(upnKey(userPrincipalName)));
    }

    Optional<DemoTenantFile.User> userByObjectId(String objectId) {
        return Optional.ofNullable(usersByObjectId.get(objectId.toLowerCase(Locale.ROOT)));
    }

    /** The user's object id, derived from the UPN so that it is stable across restarts. */
    String objectIdOf(DemoTenantFile.User user) {
        return DemoFactsTranslator.nameBasedId("user", upnKey(user.upn()));
    }

    DemoTenantFile.Organisation organisationOf(DemoTenantFile.User user) {
        return organisationsByDomain.get(domainOf(user.upn()));
    }

    private void index(DemoTenantFile.Organisation organisation) {
        for (String domain : organisation.domains()) {
            var owner = organisationsByDomain.putIfAbsent(domain.toLowerCase(Locale.ROOT), organisation);
            if (owner != null) {
                throw new IllegalArgumentException("organisation '" + organisation.name() + "': domain " + domain
                        + " already belongs to '" + owner.name() + "'");
            }
        }
        for (String federated : organisation.federatedDomains()) {
            if (organisationsByDomain.get(federated.toLowerCase(Locale.ROOT)) != organisation) {
                throw new IllegalArgumentException("organisation '" + organisation.name() + "': federated domain "
                        + federated + " is not one of its domains");
            }
        }
    }

    private void index(DemoTenantFile.User user) {
        if (usersByUpnKey.putIfAbsent(upnKey(user.upn()), user) != null) {
            throw new IllegalArgumentException("user '" + user.upn() + "' appears twice");
        }
        usersByObjectId.put(objectIdOf(user), user);
        if (organisationOf(user) == null) {
            throw new IllegalArgumentException("user '" + user.upn() + "': no organisation owns the domain "
                    + domainOf(user.upn()));
        }
    }

    private static String domainOf(String userPrincipalName) {
        return Upn.domainOf(upnKey(userPrincipalName));
    }
}
