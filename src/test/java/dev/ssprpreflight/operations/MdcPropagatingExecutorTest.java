package dev.ssprpreflight.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.jboss.logging.MDC;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class MdcPropagatingExecutorTest {

    private final ExecutorService executor = new MdcPropagatingExecutor(Executors.newSingleThreadExecutor());

    @AfterEach
    void stop() {
        executor.shutdownNow();
        MDC.clear();
    }

    @Test
    void tasksSeeTheSubmittersCorrelationIdAndLeaveNoneBehind() throws Exception {
        MDC.put("correlationId", "attempt-1");
        Object inTask = executor.submit(() -> MDC.get("correlationId")).get();
        MDC.clear();
        Object afterwards = executor.submit(() -> MDC.get("correlationId")).get();

        assertThat(inTask).isEqualTo("attempt-1");
        assertThat(afterwards).isNull();
    }
}
