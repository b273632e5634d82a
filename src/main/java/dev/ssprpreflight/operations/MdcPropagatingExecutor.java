package dev.ssprpreflight.operations;

import java.util.List;
import java.util.Map;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

import org.jboss.logging.MDC;

/**
 * Runs tasks with the submitting thread's logging context (MDC), so that what the directory logs
 * while checking a user carries that attempt's correlation id.
 */
public final class MdcPropagatingExecutor extends AbstractExecutorService {

    private final ExecutorService delegate;

    public MdcPropagatingExecutor(ExecutorService delegate) {
        this.delegate = delegate;
    }

    @Override
    public void execute(Runnable task) {
        Map<String, Object> context = MDC.getMap();
        delegate.execute(() -> {
            Map<String, Object> before = MDC.getMap();
            replace(context);
            try {
                task.run();
            } finally {
                replace(before);
            }
        });
    }

    private static void replace(Map<String, Object> context) {
        MDC.clear();
        context.forEach(MDC::put);
    }

    @Override
    public void shutdown() {
        delegate.shutdown();
    }

    @Override
    public List<Runnable> shutdownNow() {
        return delegate.shutdownNow();
    }

    @Override
    public boolean isShutdown() {
        return delegate.isShutdown();
    }

    @Override
    public boolean isTerminated() {
        return delegate.isTerminated();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        return delegate.awaitTermination(timeout, unit);
    }
}
