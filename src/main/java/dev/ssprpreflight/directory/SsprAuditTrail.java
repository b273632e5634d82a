package dev.ssprpreflight.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What Entra's own audit log recorded of self-service password reset (service "Self-service Password Management"),
 * as the console reads it: the funnel from our verdict to Microsoft's portal, and an attempt's "what happened
 * afterwards". The chosen directory adapter answers it: Graph from the {@link SsprAuditStore} its registration feed
 * fills, the demo tenant from its bundled history; nothing is read when the feed is switched off.
 */
public interface SsprAuditTrail {

    /** No events are read (the registration feed is off): the console then says it does not know. */
    SsprAuditTrail NOT_READ = new SsprAuditTrail() {

        @Override
        public boolean read() {
            return false;
        }

        @Override
        public List<SsprAuditStore.Event> eventsOf(Set<String> objectIds, Instant from, Instant to) {
            return List.of();
        }
    };

    /**
     * Whether Entra's SSPR events are read at all; when not, "no event" means "not known", never "nothing
     * happened".
     */
    boolean read();

    /**
     * The events of these users from {@code from} (inclusive) to {@code to} (exclusive), oldest first.
     *
     * @param objectIds the users' object ids (any case)
     */
    List<SsprAuditStore.Event> eventsOf(Set<String> objectIds, Instant from, Instant to);

    /** The events a store holds. */
    static SsprAuditTrail of(SsprAuditStore store) {
        return new SsprAuditTrail() {

            @Override
            public boolean read() {
                return true;
            }

            @Override
            public List<SsprAuditStore.Event> eventsOf(Set<String> objectIds, Instant from, Instant to) {
                return objectIds.isEmpty() ? List.of() : store.eventsOf(objectIds, from, to);
            }
        };
    }
}
