package dev.ssprpreflight.admin;

import dev.ssprpreflight.directory.DirectoryStatus;
import dev.ssprpreflight.web.LocaleFormats;
import dev.ssprpreflight.web.UiLanguage;

/**
 * Directory roles that Graph returned without template id or name ("limited information": the application may
 * not read role objects). Their holders cannot be recognised as administrators, so this is never left to look
 * like "not an admin": it is a missing permission, with what to grant.
 *
 * @param verdict every role readable, or how many were not
 * @param unreadable the count since start, written in the page's language
 * @param grant the permission that makes them readable, with its reference; null while nothing is missing
 */
public record RolesSection(HealthVerdict verdict, String unreadable, PermissionAdvice grant) {

    /** Reads {@code roleTemplateId} of role objects; the health page's and docs/entra-setup.md's name for it. */
    static final String PERMISSION = "RoleManagement.Read.Directory";

    static RolesSection of(DirectoryStatus.Remote seen, HealthMessages msg, LocaleFormats formats,
            UiLanguage language) {
        String count = formats.number(seen.unreadableRoles());
        if (seen.unreadableRoles() == 0) {
            return new RolesSection(HealthVerdict.of(HealthStatus.OK, msg.healthRolesReadable(), msg), count, null);
        }
        return new RolesSection(HealthVerdict.of(HealthStatus.PROBLEM, msg.healthRolesUnreadable(count), msg), count,
                PermissionAdvice.of(PERMISSION, msg, language));
    }
}
