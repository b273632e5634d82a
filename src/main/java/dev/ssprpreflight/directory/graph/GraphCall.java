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
    AUTHENTICATION_METHODS("GET user's authentication methods", "UserAuthenticationMethod.Read.All", false);

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
