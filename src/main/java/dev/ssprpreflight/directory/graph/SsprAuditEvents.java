package dev.ssprpreflight.directory.graph;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.microsoft.graph.models.DirectoryAudit;
import com.microsoft.graph.models.TargetResource;

import dev.ssprpreflight.directory.SsprAuditStore;

/**
 * Turns one {@code directoryAudit} of the service "Self-service Password Management" into what the
 * {@link SsprAuditStore} keeps: one event per user it is about, with its activity name, result, result reason (the
 * step of a "Self-service password reset flow activity progress" event) and correlation id exactly as Graph gave them.
 * No activity name is filtered out: a name Microsoft adds later is kept like the documented ones.
 * <p>
 * The user of an event, as in the registration feed: each entry of {@code targetResources} of type {@code User}; when
 * there is none, {@code initiatedBy.user}, because in the self-service activities the user is both "activity actor"
 * and "activity target" (entra-docs {@code howto-sspr-reporting.md}, commit 07cd7acd) - but never for an
 * administrator's activity ("Reset password (by admin)", or any name that says "admin"), whose initiator is the
 * administrator. An event that names no user is kept with an empty user (no check ever asks for it). Fields:
 * microsoft-graph-docs-contrib {@code api-reference/v1.0/resources/directoryaudit.md} and
 * {@code resources/targetresource.md}.
 */
final class SsprAuditEvents {

    /** Graph's {@code initiatedBy.user.id} when no user is known (directoryaudit-list.md, example 2). */
    private static final String NO_ID = "00000000-0000-0000-0000-000000000000";

    private SsprAuditEvents() {
    }

    /** The event, once per user it is about; none when it has no id or no time (nothing to key it by). */
    static List<SsprAuditStore.Event> of(DirectoryAudit audit) {
        if (audit.getId() == null || audit.getActivityDateTime() == null) {
            return List.of();
        }
        Set<String> users = new LinkedHashSet<>();
        if (audit.getTargetResources() != null) {
            for (TargetResource target : audit.getTargetResources()) {
                if ("user".equalsIgnoreCase(target.getType()) && known(target.getId())) {
                    users.add(target.getId().toLowerCase(Locale.ROOT));
                }
            }
        }
        String activity = audit.getActivityDisplayName() == null ? "" : audit.getActivityDisplayName();
        if (users.isEmpty() && !activity.toLowerCase(Locale.ROOT).contains("admin") && audit.getInitiatedBy() != null
                && audit.getInitiatedBy().getUser() != null && known(audit.getInitiatedBy().getUser().getId())) {
            users.add(audit.getInitiatedBy().getUser().getId().toLowerCase(Locale.ROOT));
        }
        if (users.isEmpty()) {
            users.add("");
        }
        String result = audit.getResult() == null ? "" : audit.getResult().getValue();
        return users.stream().map(user -> new SsprAuditStore.Event(audit.getId(),
                audit.getActivityDateTime().toInstant(), activity, result, audit.getResultReason(),
                audit.getCorrelationId(), user)).toList();
    }

    private static boolean known(String id) {
        return id != null && !id.isBlank() && !NO_ID.equals(id);
    }
}
