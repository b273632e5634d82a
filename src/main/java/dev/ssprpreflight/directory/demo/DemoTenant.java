package dev.ssprpreflight.directory.demo;

import java.text.Normalizer;
import java.time.Instant;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.Upn;
import dev.ssprpreflight.check.UserFacts;
import dev.ssprpreflight.directory.demo.DemoTenantFile.Organisation;
import dev.ssprpreflight.directory.demo.DemoTenantFile.User;

/**
 * The demo file's organisations, users and groups, indexed for lookups, and the facts they give at a
 * moment. Construction rejects what would make a lookup ambiguous (two users with the same name, a domain
 * owned twice, a user whose domain no organisation owns) and a policy that names no single group.
 */
final class DemoTenant {

    private final List<Organisation> organisations;
    private final List<User> users;
    private final List<DemoTenantFile.Group> groupEntries;
    private final DemoSsprHistory history;
    private final Map<String, Organisation> organisationsByDomain = new HashMap<>();
    private final Map<String, User> usersByUpnKey = new HashMap<>();
    private final Map<String, User> usersByObjectId = new HashMap<>();
    private final DemoGroups groups;
    private final Map<Organisation, SsprPolicy> policies = new IdentityHashMap<>();

    /** @throws IllegalArgumentException naming the entry at fault */
    DemoTenant(List<Organisation> organisations, List<User> users, List<DemoTenantFile.Group> groups) {
        this(organisations, users, groups, DemoSsprHistory.NONE);
    }

    private DemoTenant(List<Organisation> organisations, List<User> users, List<DemoTenantFile.Group> groups,
            DemoSsprHistory history) {
        this.organisations = List.copyOf(organisations);
        this.users = List.copyOf(users);
        this.groupEntries = List.copyOf(groups);
        this.history = history;
        for (Organisation organisation : this.organisations) {
            index(organisation);
        }
        for (User user : this.users) {
            index(user);
        }
        this.groups = new DemoGroups(groups, this::userByUpn);
        for (Organisation organisation : this.organisations) {
            try {
                policies.put(organisation, DemoOrganisationTranslator.policy(organisation, this.groups));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("organisation '" + organisation.name() + "': " + e.getMessage(), e);
            }
        }
    }

    /**
     * The form in which UPNs are compared: NFC, because a browser may send "ö" as one code point or as
     * "o" plus a combining mark, and lower case, because Entra ID compares UPNs case-insensitively.
     */
    static String upnKey(String userPrincipalName) {
        return Normalizer.normalize(userPrincipalName.trim(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }

    /** The same tenant with this SSPR history, which names its users. */
    DemoTenant withHistory(DemoSsprHistory history) {
        return new DemoTenant(organisations, users, groupEntries, history);
    }

    DemoSsprHistory history() {
        return history;
    }

    List<Organisation> organisations() {
        return organisations;
    }

    List<User> users() {
        return users;
    }

    DemoGroups groups() {
        return groups;
    }

    Optional<User> userByUpn(String userPrincipalName) {
        return Optional.ofNullable(usersByUpnKey.get(upnKey(userPrincipalName)));
    }

    Optional<User> userByObjectId(String objectId) {
        return Optional.ofNullable(usersByObjectId.get(objectId.toLowerCase(Locale.ROOT)));
    }

    /** The user's object id, derived from the UPN so that it is stable across restarts. */
    String objectIdOf(User user) {
        return DemoObjectIds.of("user", upnKey(user.upn()));
    }

    Organisation organisationOf(User user) {
        return organisationsByDomain.get(domainOf(user.upn()));
    }

    /** The organisation's SSPR policy as its entry declares it, groups resolved to their ids. */
    SsprPolicy policyOf(Organisation organisation) {
        return policies.get(organisation);
    }

    /** What a directory lookup finds about the user at {@code now}, the SSPR history ending at {@code now}. */
    UserFacts userFacts(User user, Instant now) {
        return userFacts(user, now, now);
    }

    /**
     * What a directory lookup finds about the user at {@code now}, when the SSPR history ends at {@code historyEnd}
     * (the application's start): the lockout is the history's latest block before {@code now}. A check before the
     * end (a past check the start-up seeding replays) sees the history as it stood then, so that a user blocked
     * later was not yet blocked. A check after it sees the history as ending at its own moment, as every other time
     * of the demo file does: cameron's block stays two hours old however long the demo runs, instead of lapsing 22
     * hours after the start (the console's trail keeps the start).
     */
    UserFacts userFacts(User user, Instant now, Instant historyEnd) {
        String objectId = objectIdOf(user);
        Instant end = now.isAfter(historyEnd) ? now : historyEnd;
        return DemoUserTranslator.userFacts(user, objectId, declaredGroupMemberships(user),
                history.lockoutOf(objectId, end, now), now);
    }

    /** What a directory lookup finds about the user's organisation at {@code now}. */
    TenantFacts tenantFacts(User user, Instant now) {
        return tenantFacts(organisationOf(user), now);
    }

    TenantFacts tenantFacts(Organisation organisation, Instant now) {
        return DemoOrganisationTranslator.tenantFacts(organisation, policyOf(organisation), now);
    }

    /**
     * Which of the groups that the user's organisation declares the user belongs to, transitively; empty when it
     * declares none, as the Graph adapter then asks nothing.
     */
    private Optional<Set<String>> declaredGroupMemberships(User user) {
        Set<String> declared = policyOf(organisationOf(user)).declaredGroupIds();
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(declared.stream().filter(groupId -> groups.contains(groupId, user))
                .collect(Collectors.toUnmodifiableSet()));
    }

    private void index(Organisation organisation) {
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

    private void index(User user) {
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
