package dev.ssprpreflight.check;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/** A directory that answers what the test told it to, and remembers what it was asked. */
final class FakeDirectory implements Directory {

    private final Supplier<DirectoryAnswer> lookupAnswer;
    private Supplier<MethodsAnswer> liveAnswer = () -> MethodsAnswer.declined(List.of());
    final List<String> liveLookups = new CopyOnWriteArrayList<>();
    volatile Instant lookupDeadline;

    private FakeDirectory(Supplier<DirectoryAnswer> lookupAnswer) {
        this.lookupAnswer = lookupAnswer;
    }

    static FakeDirectory answering(DirectoryAnswer answer) {
        return new FakeDirectory(() -> answer);
    }

    static FakeDirectory finding(Facts facts, String... requestIds) {
        return answering(new DirectoryAnswer.Found(facts.user(), facts.tenant(), List.of(requestIds)));
    }

    static FakeDirectory throwing(RuntimeException failure) {
        return new FakeDirectory(() -> {
            throw failure;
        });
    }

    static FakeDirectory hangingFor(Duration hang) {
        return new FakeDirectory(() -> {
            hang(hang);
            return new DirectoryAnswer.NotFound(List.of());
        });
    }

    FakeDirectory withLiveMethods(MethodsAnswer answer) {
        liveAnswer = () -> answer;
        return this;
    }

    FakeDirectory withLiveLookFailing(RuntimeException failure) {
        liveAnswer = () -> {
            throw failure;
        };
        return this;
    }

    FakeDirectory withLiveLookHangingFor(Duration hang) {
        liveAnswer = () -> {
            hang(hang);
            return MethodsAnswer.declined(List.of());
        };
        return this;
    }

    @Override
    public DirectoryAnswer lookup(String userPrincipalName, Instant deadline) {
        lookupDeadline = deadline;
        return lookupAnswer.get();
    }

    @Override
    public MethodsAnswer liveMethods(String userObjectId, Instant deadline) {
        liveLookups.add(userObjectId);
        return liveAnswer.get();
    }

    /** Blocks like a call that never answers, until cancelled (interrupted) or the duration ends. */
    private static void hang(Duration duration) {
        try {
            new CountDownLatch(1).await(duration.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
