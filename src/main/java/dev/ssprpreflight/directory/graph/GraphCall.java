package dev.ssprpreflight.directory.graph;

/**
 * The Graph calls the adapter makes, each with the least-privileged application permission it needs,
 * so that a 403 can say which permission the app registration lacks.
 */
enum GraphCall {

    /** The {@code $batch} envelope itself: its failures are those of every request inside. */
    BATCH("POST $batch", "User.Read.All", true),
    USER("GET user", "User.Read.All", true),
    ADMIN_ROLES("GET user's directory roles", "User.Read.All", true),
    REGISTRATION_ROW("GET user's registration report row", "AuditLog.Read.All", false),
    ORGANIZATION("GET organization", "Organization.Read.All", true),
    AUTHORIZATION_POLICY("GET authorization policy", "Policy.Read.All", true),
    DOMAINS("GET domains", "Domain.Read.All", true),
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
    /** {@code GET /directoryRoles}: the roles activated in the tenant. */
    DIRECTORY_ROLES("GET directory roles", "RoleManagement.Read.Directory", true),
    /** {@code GET /directoryRoles/{id}/members}: users, and role-assignable groups, holding the role. */
    DIRECTORY_ROLE_MEMBERS("GET directory role members", "RoleManagement.Read.Directory", true),
    /** The transitive user members of a group that holds a directory role. */
    ROLE_GROUP_MEMBERS("GET role group's transitive user members", "GroupMember.Read.All", true);

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
     * Whether a lookup fails without it. Registration data is optional: without it the checks that
     * need it stay silent instead of blocking.
     */
    boolean required() {
        return required;
    }
}
