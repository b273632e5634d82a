package dev.ssprpreflight.audit;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The console's own trail: who viewed or exported what. Kept in the database beside the attempts
 * and written to the log category {@code sspr.console-access}, so that it survives either store
 * failing. A failure to store never stops the admin's request.
 */
@ApplicationScoped
public class ConsoleAccessLog {

    static final int MAX_DETAIL_LENGTH = 1000;
    private static final Logger LOG = Logger.getLogger("sspr.console-access");

    public void record(String actor, String action, String detail) {
        String safeDetail = detail == null || detail.length() <= MAX_DETAIL_LENGTH ? detail
                : detail.substring(0, MAX_DETAIL_LENGTH);
        LOG.infof("%s %s %s", actor, action, safeDetail == null ? "" : safeDetail);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ConsoleAccess access = new ConsoleAccess();
                access.occurredAt = Instant.now();
                access.actor = actor;
                access.action = action;
                access.detail = safeDetail;
                access.persist();
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Console access NOT stored: %s %s", actor, action);
        }
    }
}
