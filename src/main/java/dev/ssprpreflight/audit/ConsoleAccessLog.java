package dev.ssprpreflight.audit;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.ssprpreflight.jdbc.Transactions;

/**
 * The console's own trail: who viewed or exported what. Kept in the database beside the attempts
 * and written to the log category {@code sspr.console-access}, so that it survives either store
 * failing. A failure to store never stops the admin's request.
 */
@ApplicationScoped
public class ConsoleAccessLog {

    static final int MAX_DETAIL_LENGTH = 1000;
    private static final Logger LOG = Logger.getLogger("sspr.console-access");

    private final DataSource dataSource;

    ConsoleAccessLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void record(String actor, String action, String detail) {
        String safeDetail = detail == null || detail.length() <= MAX_DETAIL_LENGTH ? detail
                : detail.substring(0, MAX_DETAIL_LENGTH);
        LOG.infof("%s %s %s", actor, action, safeDetail == null ? "" : safeDetail);
        try {
            Transactions.read(dataSource, "store a console access", connection -> {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO console_access (occurred_at, actor, action, detail) VALUES (?, ?, ?, ?)")) {
                    AttemptRows.bind(insert, Arrays.asList(Instant.now(), actor, action, safeDetail));
                    return insert.executeUpdate();
                }
            });
        } catch (RuntimeException e) {
            LOG.errorf(e, "Console access NOT stored: %s %s", actor, action);
        }
    }
}
