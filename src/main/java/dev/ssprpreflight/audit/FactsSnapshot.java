package dev.ssprpreflight.audit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import dev.ssprpreflight.check.AdminRoles;
import dev.ssprpreflight.check.AssignedLicense;
import dev.ssprpreflight.check.AuthMethod;
import dev.ssprpreflight.check.SsprLockout;
import dev.ssprpreflight.check.SsprPolicy;
import dev.ssprpreflight.check.SubscribedSku;
import dev.ssprpreflight.check.TenantFacts;
import dev.ssprpreflight.check.UserFacts;

/**
 * What the checks saw, kept with the attempt so that the help desk sees the facts as they were at
 * check time, not as they are when someone looks. A stable, admin-oriented shape of its own, so that
 * stored records do not break when the check core's types change.
 * <p>
 * Stored rows are never rewritten: a snapshot read from an older row lacks the fields added since, which
 * come back null (or false and 0 for primitives). {@link #version} tells a reader which fields the row was
 * written with, so that "not kept at the time" is never shown as "none".
 *
 * @param version {@link #CURRENT_VERSION} for snapshots written now; 0 for rows written before the field existed
 */
public record FactsSnapshot(int version, UserSnapshot user, TenantSnapshot tenant) {

    /**
     * 2 (issue 12): the user's identities, creation type, declared group memberships, role names and unreadable
     * roles, the report's isAdmin; the organisation's domains, sync, subscriptions and declared policy.
     * 3: what the audit log said about the user's security-info registrations since their report row, which a
     * registration block may rest on instead of a live look.
     * 4: when Microsoft blocked the user from self-service password reset ({@code UserFacts.ssprLockout()}, the
     * 24-hour block behind RESET_LOCKED_OUT), so that the help desk sees when the user may try again long after the
     * SSPR audit store has dropped the event ({@code sspr.graph.sspr-audit.keep-for}); older rows read as "not kept".
     * 5: whether "no block" was known (the SSPR audit events of the whole last 24 hours had been read) or nobody
     * could tell (the registration feed off, still reading back, or its store down); version 4 rows knew no such
     * difference.
     */
    public static final int CURRENT_VERSION = 5;

    /**
     * @param syncedFromOnPremises {@code onPremisesSyncEnabled}; null when never synced
     * @param assignedPlans "plan id (status)" per assigned plan
     * @param licences SKU ids, each with its switched-off plans
     * @param adminRoles names of the two-gate admin roles the user holds, by template id or, for the roles
     *        Microsoft publishes no template id for, by name
     * @param otherRoleTemplateIds role template ids that are not on the two-gate list
     * @param report the registration report's row; null when it did not know the user
     * @param liveMethods the live look's methods; null when none was made
     * @param roleNames (version 2) the display names of every role the user holds, as Graph gave them
     * @param unreadableRoles (version 2) roles Graph returned without template id or name, whose holder
     *        could not be recognised as an administrator
     * @param identityIssuers (version 2) the issuers of the user's {@code identities}
     * @param creationType (version 2) {@code creationType}; null when Graph gave none
     * @param declaredGroupMemberships (version 2) which of the declared groups (the SSPR group, the
     *        protected-account groups) the user belongs to; null when nobody looked
     * @param registrationActivity (version 3) what the audit log said about the user's security-info registrations
     *        since their report row, as the name of a {@link dev.ssprpreflight.check.RegistrationActivity}: none
     *        since (the row stands, so a registration block may rest on it without a live look), one since (the row
     *        is out of date), or unknown; a name, not the enum, so that a value renamed later still reads
     * @param ssprBlockedAt (version 4) when Microsoft blocked the user from self-service password reset for 24 hours,
     *        as the SSPR audit log said at check time; null when it showed no block in force, and in rows written before
     *        version 4, which {@link #hasVersion4Facts()} tells apart
     * @param ssprLockoutKnown (version 5) whether the SSPR audit log could tell at check time: false when it showed no
     *        block because nobody could look; null in rows written before version 5
     */
    public record UserSnapshot(String displayName, String userPrincipalName, boolean accountEnabled, String userType,
            Boolean syncedFromOnPremises, List<String> provisioningErrors, List<String> assignedPlans,
            List<String> licences, List<String> adminRoles, List<String> otherRoleTemplateIds,
            boolean prefilledContactInfo, ReportSnapshot report, Set<AuthMethod> liveMethods, List<String> roleNames,
            int unreadableRoles, Set<String> identityIssuers, String creationType,
            Set<String> declaredGroupMemberships, String registrationActivity, Instant ssprBlockedAt,
            Boolean ssprLockoutKnown) {

        /** Sorted, also when read back from JSON, which gives sets back in no particular order. */
        public UserSnapshot {
            liveMethods = sorted(liveMethods);
            identityIssuers = sorted(identityIssuers);
            declaredGroupMemberships = sorted(declaredGroupMemberships);
        }
    }

    /** @param admin (version 2) the report's {@code isAdmin} */
    public record ReportSnapshot(boolean ssprEnabled, boolean ssprRegistered, Set<AuthMethod> methods,
            Instant updatedAt, boolean admin) {

        /** Sorted, also when read back from JSON, which gives sets back in no particular order. */
        public ReportSnapshot {
            methods = sorted(methods);
        }
    }

    /**
     * @param passwordWritebackEnabled as declared; null when not declared
     * @param customDomain (version 2) whether the organisation verified a domain of its own
     * @param directorySyncEnabled (version 2) whether the organisation syncs from on-premises
     * @param subscriptions (version 2) the organisation's subscriptions; null when they could not be read
     * @param policy (version 2) the SSPR policy as declared
     */
    public record TenantSnapshot(String tenantId, String displayName, Instant lastSyncAt, Set<String> federatedDomains,
            boolean allowedToUseSspr, Boolean passwordWritebackEnabled, boolean customDomain,
            boolean directorySyncEnabled, List<SubscriptionSnapshot> subscriptions, PolicySnapshot policy) {

        /** Sorted, also when read back from JSON, which gives sets back in no particular order. */
        public TenantSnapshot {
            federatedDomains = sorted(federatedDomains);
        }
    }

    /**
     * One subscription of the organisation.
     *
     * @param status {@code capabilityStatus}, such as ENABLED or SUSPENDED
     * @param inForce Enabled or Warning, with units
     * @param entraIdPremium whether it carries Entra ID P1 or P2, switched on
     */
    public record SubscriptionSnapshot(String skuPartNumber, String skuId, String status, long enabledUnits,
            boolean inForce, boolean entraIdPremium) {
    }

    /** The declared SSPR policy; {@code enabledGroupId} null when not declared. */
    public record PolicySnapshot(int methodsRequired, Set<AuthMethod> methods, String enabledGroupId,
            Set<String> protectedAccountGroupIds) {

        /** Sorted, also when read back from JSON, which gives sets back in no particular order. */
        public PolicySnapshot {
            methods = sorted(methods);
            protectedAccountGroupIds = sorted(protectedAccountGroupIds);
        }
    }

    /** Whether the snapshot was written with the fields of version 2. */
    public boolean hasVersion2Facts() {
        return version >= 2;
    }

    /** Whether the snapshot was written with the fields of version 3. */
    public boolean hasVersion3Facts() {
        return version >= 3;
    }

    /** Whether the snapshot was written with the fields of version 4, so that a null lockout means "not blocked". */
    public boolean hasVersion4Facts() {
        return version >= 4;
    }

    /**
     * Whether "no block" in this snapshot was known: always for version 4 rows, which kept no such difference (the
     * feed could not be switched off without the console saying so), and for version 5 rows when the audit log could
     * tell.
     */
    public boolean ssprLockoutKnown() {
        return version < 5 || Boolean.TRUE.equals(user.ssprLockoutKnown());
    }

    public static FactsSnapshot of(UserFacts user, TenantFacts tenant) {
        return new FactsSnapshot(CURRENT_VERSION, userSnapshot(user), tenantSnapshot(tenant));
    }

    private static UserSnapshot userSnapshot(UserFacts user) {
        List<String> errors = user.provisioningErrors().stream()
                .map(e -> e.category() + ": " + e.propertyCausingError() + " = " + e.value()).toList();
        List<String> plans = user.assignedPlans().stream()
                .map(plan -> plan.servicePlanId() + " (" + plan.capabilityStatus() + ")").toList();
        List<String> licences = user.assignedLicenses().stream().map(FactsSnapshot::licence).toList();
        Stream<String> byTemplateId = user.roles().templateIds().stream().filter(AdminRoles.TWO_GATE::containsKey)
                .map(AdminRoles.TWO_GATE::get);
        Stream<String> byNameOnly = user.roles().displayNames().stream()
                .filter(name -> AdminRoles.TWO_GATE_BY_NAME_ONLY.contains(name.trim().toLowerCase(Locale.ROOT)));
        List<String> adminRoles = Stream.concat(byTemplateId, byNameOnly).distinct().sorted().toList();
        List<String> otherRoles = user.roles().templateIds().stream()
                .filter(id -> !AdminRoles.TWO_GATE.containsKey(id)).sorted().toList();
        ReportSnapshot report = user.registration().report()
                .map(r -> new ReportSnapshot(r.ssprEnabled(), r.ssprRegistered(), new TreeSet<>(r.methods()),
                        r.updatedAt(), r.admin()))
                .orElse(null);
        Set<AuthMethod> live = user.registration().liveMethods().map(TreeSet::new).orElse(null);
        return new UserSnapshot(user.displayName(), user.userPrincipalName(), user.accountEnabled(),
                user.userType().name(), user.onPremisesSyncEnabled().orElse(null), errors, plans, licences,
                adminRoles, otherRoles, user.hasPrefilledContactInfo(), report, live,
                user.roles().displayNames().stream().sorted().toList(), user.roles().unreadable(),
                new TreeSet<>(user.identityIssuers()), user.creationType().orElse(null),
                user.declaredGroupMemberships().map(TreeSet::new).orElse(null),
                user.registration().activity().name(),
                user.ssprLockout().lockout().map(SsprLockout::blockedAt).orElse(null), user.ssprLockout().known());
    }

    private static String licence(AssignedLicense licence) {
        return licence.disabledPlans().isEmpty() ? licence.skuId()
                : licence.skuId() + " (off: " + String.join(", ", new TreeSet<>(licence.disabledPlans())) + ")";
    }

    private static TenantSnapshot tenantSnapshot(TenantFacts tenant) {
        List<SubscriptionSnapshot> subscriptions = tenant.subscriptions()
                .map(skus -> skus.stream().map(FactsSnapshot::subscription)
                        .sorted(Comparator.comparing(SubscriptionSnapshot::inForce).reversed()
                                .thenComparing(s -> s.skuPartNumber() == null ? "" : s.skuPartNumber()))
                        .toList())
                .orElse(null);
        return new TenantSnapshot(tenant.tenantId(), tenant.displayName(), tenant.lastSyncAt().orElse(null),
                new TreeSet<>(tenant.federatedDomains()), tenant.allowedToUseSspr(),
                tenant.passwordWritebackEnabled().orElse(null), tenant.hasCustomDomain(), tenant.directorySyncEnabled(),
                subscriptions, policy(tenant.policy()));
    }

    private static SubscriptionSnapshot subscription(SubscribedSku sku) {
        return new SubscriptionSnapshot(sku.skuPartNumber(), sku.skuId(), sku.capabilityStatus().name(),
                sku.enabledUnits(), sku.inForce(), sku.carriesEntraIdPremium());
    }

    private static PolicySnapshot policy(SsprPolicy policy) {
        return new PolicySnapshot(policy.methodsRequired(), new TreeSet<>(policy.enabledMethods()),
                policy.enabledGroupId().orElse(null), new TreeSet<>(policy.protectedAccountGroupIds()));
    }

    /** A copy in natural order (enums in declaration order); null stays null, as old snapshots may lack a field. */
    private static <T extends Comparable<? super T>> Set<T> sorted(Set<T> values) {
        return values == null ? null : new TreeSet<>(values);
    }
}
