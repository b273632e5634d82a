package dev.ssprpreflight.directory.graph;

/**
 * The Graph calls the adapter makes, each with the least-privileged application permission it needs,
 * so that a 403 can say which permission the app registration lacks.
 */
enum GraphCall {

    /** The {@code $batch} envelope itself: its failures are those of every request inside. */
    BATCH("POST $batch", "User.Read.All", true),
    USER("GET user", "User.Read.All", true),
    /**
     * {@code GET /users/{upn}/transitiveMemberOf/microsoft.graph.directoryRole}. Under User.Read.All alone Graph may
     * answer with "limited information" (only {@code id} and {@code @odata.type}) for the role objects; such roles are
     * resolved through {@link #DIRECTORY_ROLES}, and those that stay unknown name that call's permission.
     */
    ADMIN_ROLES("GET user's directory roles", "User.Read.All", true),
    /**
     * {@code POST /users/{upn}/checkMemberGroups} with the declared groups: which of them the user is a transitive
     * member of. The application needs User.Read.All and GroupMember.Read.All (directoryobject-checkmembergroups); a
     * lookup that got this far holds the first, so a 403 names the second. Optional: without it the group checks
     * stay silent.
     */
    MEMBER_GROUPS("POST user's checkMemberGroups", "GroupMember.Read.All", false),
    REGISTRATION_ROW("GET user's registration report row", "AuditLog.Read.All", false),
    ORGANIZATION("GET organization", "Organization.Read.All", true),
    AUTHORIZATION_POLICY("GET authorization policy", "Policy.Read.All", true),
    DOMAINS("GET domains", "Domain.Read.All", true),
    /**
     * {@code GET /subscribedSkus}: the organisation's subscriptions, for the organisation-level licence check
     * (subscribedsku-list: Organization.Read.All least privileged). Optional: without it nobody is blocked for a
     * licence.
     */
    SUBSCRIBED_SKUS("GET subscribed SKUs", "Organization.Read.All", false),
    REGISTRATION_REPORT("GET registration report page", "AuditLog.Read.All", false),
    AUTHENTICATION_METHODS("GET user's authentication methods", "UserAuthenticationMethod.Read.All", false),

    // The readiness scan's paged lists (GraphTenantListing). "Required" means the scan stops without them.
    /** {@code GET /users?$select=...}: the same properties as {@link #USER}, so the same permission. */
    USERS_PAGE("GET users page", "User.Read.All", true),
    /**
     * {@code GET /groups/{id}/transitiveMembers/microsoft.graph.user}. The users' properties beyond id and
     * type are readable with {@code User.Read.All}, which the app has anyway.
     */
    GROUP_MEMBERS_PAGE("GET group's transitive user members page", "GroupMember.Read.All", true),
    /**
     * {@code GET /groups?$filter=displayName eq '...'}. The generated permissions table names a write
     * permission (Group-NestingSupport.ReadWrite.All) as least privileged; GroupMember.Read.All is among
     * those it accepts, reads only, and is needed for the group's members anyway.
     */
    GROUPS_BY_NAME("GET groups by display name", "GroupMember.Read.All", true),
    USER_COUNT("GET users/$count", "User.Read.All", false),
    GROUP_MEMBER_COUNT("GET group's transitive user members/$count", "GroupMember.Read.All", false),
    /**
     * {@code GET /directoryRoles}: the roles activated in the tenant (directoryrole-list: RoleManagement.Read.Directory
     * least privileged). Read with the organisation's facts, so that a user's role objects that came back with limited
     * information can be recognised; optional there (the lookup goes on, their roles count as unreadable). A scan
     * cannot tell administrators without it and stops.
     */
    DIRECTORY_ROLES("GET directory roles", "RoleManagement.Read.Directory", false),
    /** {@code GET /directoryRoles/{id}/members}: users, and role-assignable groups, holding the role. */
    DIRECTORY_ROLE_MEMBERS("GET directory role members", "RoleManagement.Read.Directory", true),
    /** The transitive user members of a group that holds a directory role. */
    ROLE_GROUP_MEMBERS("GET role group's transitive user members", "GroupMember.Read.All", true),
    /**
     * The transitive user members of a group the SSPR policy declares (the SSPR group, the protected-account groups),
     * once per scan. Optional: without them the group checks stay silent for the scan.
     */
    DECLARED_GROUP_MEMBERS("GET declared group's transitive user members page", "GroupMember.Read.All", false),
    /**
     * {@code GET /auditLogs/directoryAudits?$filter=...}: a page of the audit log, for the registration feed
     * ({@link RegistrationFeed}). The application needs AuditLog.Read.All <em>and</em> Directory.Read.All
     * (microsoft-graph-docs-contrib {@code api-reference/v1.0/includes/permissions/directoryaudit-list-permissions.md},
     * commit bd46272e: "AuditLog.Read.All and Directory.Read.All", least privileged, nothing lower). The first is the
     * registration report's ({@link #REGISTRATION_REPORT}), whose 403 names it already, so a 403 here names the
     * second: one permission per entry, so that the health page can link it to the permissions reference. Optional:
     * without it the checks confirm the report by live looks, as before.
     */
    DIRECTORY_AUDITS("GET directory audits page", "Directory.Read.All", false);

    private final String label;
    private final String permission;
    private final boolean required;

    GraphCall(String label, String permission, boolean required) {
        this.label = label;
        this.permission = permission;
        this.required = required;
    }

    String label() {
        return label;
    }

    /** The least-privileged application permission that allows the call. */
    String permission() {
        return permission;
    }

    /**
     * Whether a lookup fails without it. Registration data, memberships, subscriptions and the role list are
     * optional: without them the checks that need them stay silent instead of blocking.
     */
    boolean required() {
        return required;
    }

    /**
     * Whether the call counts against the identity and access reports throttle (about 5 requests per 10 s per app
     * per tenant, concepts/throttling-limits): a 429 from it pauses the {@link ReportsBudget}.
     */
    boolean reportsApi() {
        return switch (this) {
            // directoryAudit is named in the identity and access reports limits (concepts/throttling-limits).
            case REGISTRATION_ROW, REGISTRATION_REPORT, AUTHENTICATION_METHODS, DIRECTORY_AUDITS -> true;
            default -> false;
        };
    }
}
