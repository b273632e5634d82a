package dev.ssprpreflight.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/**
 * The lines one log category writes while a test runs, as formatted messages, for a test whose behaviour is a log
 * line (a failure that must not be lost silently). Close it to stop listening.
 */
public final class CapturedLog extends Handler implements AutoCloseable {

    private final Logger logger;
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    private CapturedLog(Logger logger) {
        this.logger = logger;
    }

    /** Starts capturing the category (a class's name, for {@code io.quarkus.logging.Log}). */
    public static CapturedLog of(String category) {
        CapturedLog captured = new CapturedLog(Logger.getLogger(category));
        captured.logger.addHandler(captured);
        return captured;
    }

    /** The messages written at {@code level} or above so far, with their arguments filled in. */
    public List<String> messages(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).map(CapturedLog::text).toList();
    }

    private static String text(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    @Override
    public void publish(LogRecord record) {
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        logger.removeHandler(this);
    }
}
