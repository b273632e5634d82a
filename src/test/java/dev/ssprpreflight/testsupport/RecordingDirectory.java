package dev.ssprpreflight.testsupport;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import dev.ssprpreflight.check.Directory;
import dev.ssprpreflight.check.DirectoryAnswer;

/**
 * Wraps every directory adapter in the tests: it records what the journey asked the directory (so a
 * test can assert that nothing, or exactly the validated username, reached it), and it can make
 * found users slower than unknown ones ({@code test.directory.found-latency}), as Graph may be when
 * it returns a user, and some users slower still ({@code test.directory.slow-users} by
 * {@code test.directory.slow-latency}, found or not), as Graph is on a slow day for a user who needs the
 * reports API or a second round trip, so that the timing tests have a difference to even out. Test code
 * only: the production adapters have no such hooks.
 */
@Decorator
@Priority(10)
public abstract class RecordingDirectory implements Directory {

    @Inject
    @Delegate
    @Any
    Directory delegate;

    @Inject
    DirectoryRequests requests;

    @ConfigProperty(name = "test.directory.found-latency", defaultValue = "PT0S")
    Duration foundLatency;

    @ConfigProperty(name = "test.directory.slow-users")
    Optional<Set<String>> slowUsers;

    @ConfigProperty(name = "test.directory.slow-latency", defaultValue = "PT0S")
    Duration slowLatency;

    @Override
    public DirectoryAnswer lookup(String userPrincipalName, Instant deadline) {
        requests.record(userPrincipalName);
        if (slowUsers.orElse(Set.of()).contains(userPrincipalName.toLowerCase(Locale.ROOT))) {
            pause(slowLatency);
        }
        DirectoryAnswer answer = delegate.lookup(userPrincipalName, deadline);
        if (answer instanceof DirectoryAnswer.Found) {
            pause(foundLatency);
        }
        return answer;
    }

    private static void pause(Duration latency) {
        long until = System.nanoTime() + latency.toNanos();
        for (long left = latency.toNanos(); left > 0; left = until - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }
}
