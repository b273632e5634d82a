package dev.ssprpreflight.directory.demo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import dev.ssprpreflight.directory.SsprActivities;

/**
 * Reads the demo's SSPR history file and fails fast, naming the file, the visit and the field, when anything in it is
 * wrong: a history that cannot have happened (an event after the start, a user the tenant does not have, steps out
 * of order) would make the console tell a story the checks contradict.
 */
final class DemoHistoryLoader {

    /** The bundled file, on the classpath. */
    static final String BUNDLED_FILE = "demo/sspr-history.yaml";

    /**
     * The service's activity names (entra-docs {@code reference-audit-activities.md}, commit 092dd5c1, section
     * "Self-service password management"); a name outside them is a typo in the demo.
     */
    private static final Set<String> ACTIVITIES = Set.of(SsprActivities.FLOW_PROGRESS, SsprActivities.BLOCKED,
            SsprActivities.RESET, SsprActivities.UNLOCK, SsprActivities.CHANGE, SsprActivities.RESET_BY_ADMIN,
            SsprActivities.SECURITY_INFO_SAVED, SsprActivities.REGISTERED_OLD_NAME);
    private static final Set<String> RESULTS = Set.of("success", "failure", "timeout");

    private DemoHistoryLoader() {
    }

    static DemoSsprHistory loadResource(String resource, DemoTenant tenant) {
        return parse(resource, DemoFileLoader.read(resource), tenant);
    }

    /**
     * @param file the file's name, for error messages
     * @param yaml the file's content
     * @param tenant the tenant whose users the visits name
     */
    static DemoSsprHistory parse(String file, String yaml, DemoTenant tenant) {
        JsonNode root = DemoFileLoader.readTree(file, yaml, Set.of("visits"));
        List<DemoHistoryFile.Visit> entries = DemoFileLoader.entries(file, root, "visits",
                DemoHistoryFile.Visit.class, "user");
        List<DemoSsprHistory.Visit> visits = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            DemoHistoryFile.Visit entry = entries.get(i);
            try {
                visits.add(resolve(entry, i, tenant));
            } catch (IllegalArgumentException e) {
                throw new DemoFileException(file, DemoFileLoader.entryName("visit", i, entry.user()), e.getMessage());
            }
        }
        return new DemoSsprHistory(visits);
    }

    private static DemoSsprHistory.Visit resolve(DemoHistoryFile.Visit entry, int index, DemoTenant tenant) {
        DemoTenantFile.User user = tenant.userByUpn(entry.user())
                .orElseThrow(() -> new IllegalArgumentException("field 'user': no user '" + entry.user()
                        + "' in the tenant file"));
        if (entry.checkedAgo().isNegative()) {
            throw new IllegalArgumentException("field 'checkedAgo': " + entry.checkedAgo() + " lies in the future");
        }
        String objectId = tenant.objectIdOf(user);
        // Stable across restarts, so that the console's links to a session do not change.
        String visitKey = objectId + "#" + index;
        List<DemoSsprHistory.Event> events = new ArrayList<>();
        Duration previous = Duration.ZERO;
        for (int e = 0; e < entry.events().size(); e++) {
            DemoHistoryFile.Event event = entry.events().get(e);
            String field = "field 'events[" + e + "]";
            if (event.after().isNegative() || event.after().compareTo(previous) < 0) {
                throw new IllegalArgumentException(field + ".after': " + event.after()
                        + " comes before the check or the event before it");
            }
            if (event.after().compareTo(entry.checkedAgo()) > 0) {
                throw new IllegalArgumentException(field + ".after': " + event.after()
                        + " lies after the application's start (checkedAgo " + entry.checkedAgo() + ")");
            }
            previous = event.after();
            String activity = event.step() != null ? SsprActivities.FLOW_PROGRESS
                    : DemoFields.oneOf(event.activity(), ACTIVITIES, field + ".activity'");
            String result = event.result() == null ? "success"
                    : DemoFields.oneOf(event.result(), RESULTS, field + ".result'");
            String reason = event.step() != null ? event.step() : event.reason();
            events.add(new DemoSsprHistory.Event(DemoObjectIds.of("sspr-event", visitKey + "#" + e), event.after(),
                    activity, result, reason));
        }
        return new DemoSsprHistory.Visit(user.upn(), objectId, DemoObjectIds.of("sspr-session", visitKey),
                entry.checkedAgo(), events);
    }
}
