package dev.ssprpreflight.admin;

import java.util.Locale;

import dev.ssprpreflight.check.DocLink;
import dev.ssprpreflight.web.UiLanguage;

/**
 * An application permission that Graph's 403s pointed to: what the application needs it for, and its
 * entry in the Microsoft Graph permissions reference (docs/entra-setup.md, §2, lists the same).
 *
 * @param permission the permission's name, e.g. {@code AuditLog.Read.All}
 * @param neededFor what the application needs it for
 * @param link its entry in the permissions reference, in the reader's language
 */
public record PermissionAdvice(String permission, String neededFor, String link) {

    static PermissionAdvice of(String permission, HealthMessages msg, UiLanguage language) {
        // The reference's anchors are the names in lower case without dots (#auditlogreadall).
        String anchor = permission.replace(".", "").toLowerCase(Locale.ROOT);
        String link = new DocLink("graph/permissions-reference#" + anchor, true).forLocale(language.microsoftLocale());
        return new PermissionAdvice(permission, neededFor(permission, msg), link);
    }

    private static String neededFor(String permission, HealthMessages msg) {
        return switch (permission) {
            case "User.Read.All" -> msg.healthNeedUserReadAll();
            case "AuditLog.Read.All" -> msg.healthNeedAuditLogReadAll();
            case "UserAuthenticationMethod.Read.All" -> msg.healthNeedUserAuthenticationMethodReadAll();
            case "Policy.Read.All" -> msg.healthNeedPolicyReadAll();
            case "Organization.Read.All" -> msg.healthNeedOrganizationReadAll();
            case "Domain.Read.All" -> msg.healthNeedDomainReadAll();
            case "RoleManagement.Read.Directory" -> msg.healthNeedRoleManagementReadDirectory();
            case "GroupMember.Read.All" -> msg.healthNeedGroupMemberReadAll();
            case "Directory.Read.All" -> msg.healthNeedDirectoryReadAll();
            default -> msg.healthNeedOther();
        };
    }
}
