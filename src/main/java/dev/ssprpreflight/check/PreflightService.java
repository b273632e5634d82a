package dev.ssprpreflight.check;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Answers "can self-service password reset work for this user?" within a time budget.
 * <p>
 * It asks the {@link Directory} for facts, runs every check of the catalogue, and, when a check
 * would block on the lagging registration report alone, asks for a live look at the user's methods
 * first. It never throws: whatever goes wrong below it becomes {@link Outcome#CHECKS_UNAVAILABLE},
 * which sends the user to the portal as if we were not there.
 */
public final class PreflightService {

    /** At most this much of the budget is kept for judging after a live look. */
    private static final Duration MAX_JUDGING_MARGIN = Duration.ofMillis(50);

    private final Directory directory;
    private final CheckCatalogue catalogue;
    private final CheckSettings settings;
    private final Clock clock;
    private final Duration budget;
    private final ExecutorService executor;
    private final CheckObserver observer;

    /** A service whose checks nobody observes. */
    public PreflightService(Directory directory, CheckCatalogue catalogue, CheckSettings settings, Clock clock,
            Duration budget, ExecutorService executor) {
        this(directory, catalogue, settings, clock, budget, executor, CheckObserver.NONE);
    }

    /**
     * @param budget the total time one check may take
     * @param executor runs the directory calls, so that a hung call cannot hold the caller past the
     *        budget
     * @param observer told about every verdict (metrics)
     */
    public PreflightService(Directory directory, CheckCatalogue catalogue, CheckSettings settings, Clock clock,
            Duration budget, ExecutorService executor, CheckObserver observer) {
        this.directory = directory;
        this.catalogue = catalogue;
        this.settings = settings;
        this.clock = clock;
        this.budget = budget;
        this.executor = executor;
        this.observer = observer;
    }

    /** The total time one check may take; past it the verdict is "checks unavailable". */
    public Duration budget() {
        return budget;
    }

    public Verdict check(String userPrincipalName) {
        Verdict verdict = run(userPrincipalName);
        observer.checked(verdict);
        return verdict;
    }

    private Verdict run(String userPrincipalName) {
        long startNanos = System.nanoTime();
        Instant deadline = clock.instant().plus(budget);
        Future<Verdict> work;
        try {
            work = executor.submit(() -> judge(userPrincipalName, deadline, startNanos));
        } catch (RuntimeException rejected) {
            return Verdict.checksUnavailable("check could not start: " + rejected, List.of(), since(startNanos));
        }
        try {
            return work.get(budget.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            work.cancel(true);
            observer.budgetExceeded();
            return Verdict.checksUnavailable("check exceeded its budget of " + budget, List.of(), since(startNanos));
        } catch (ExecutionException e) {
            return Verdict.checksUnavailable("check failed: " + e.getCause(), List.of(), since(startNanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            work.cancel(true);
            return Verdict.checksUnavailable("check interrupted", List.of(), since(startNanos));
        } catch (CancellationException e) {
            return Verdict.checksUnavailable("check cancelled", List.of(), since(startNanos));
        }
    }

    private Verdict judge(String userPrincipalName, Instant deadline, long startNanos) {
        DirectoryAnswer answer = directory.lookup(userPrincipalName, deadline);
        if (answer instanceof DirectoryAnswer.NotFound notFound) {
            return Verdict.unknownUser(notFound.requestIds(), since(startNanos));
        }
        if (answer instanceof DirectoryAnswer.Unavailable unavailable) {
            return Verdict.checksUnavailable(unavailable.cause(), unavailable.requestIds(), since(startNanos));
        }
        DirectoryAnswer.Found found = (DirectoryAnswer.Found) answer;
        List<String> requestIds = new ArrayList<>(found.requestIds());
        UserFacts user = found.user();
        CheckContext context = new CheckContext(user, found.tenant(), settings, clock.instant());
        if (catalogue.wantsLiveMethods(context)) {
            MethodsAnswer live = liveLookWithinBudget(user.objectId(), deadline, startNanos);
            requestIds.addAll(live.requestIds());
            if (live.methods().isPresent()) {
                user = user.withRegistration(user.registration().withLiveMethods(live.methods().get()));
                context = new CheckContext(user, found.tenant(), settings, context.now());
            }
        }
        return Verdict.judged(user, found.tenant(), catalogue.raisedReasons(context), requestIds, since(startNanos));
    }

    /**
     * The live look, given what is left of the budget but a margin for judging. A look that does not come
     * back in time, or fails, counts as declined: the checks then judge without it (the registration
     * checks stay silent), so that a slow look costs the user the other explanations no more than a
     * refused one does, and the lookup's request ids stay with the verdict.
     */
    private MethodsAnswer liveLookWithinBudget(String userObjectId, Instant deadline, long startNanos) {
        long margin = Math.min(MAX_JUDGING_MARGIN.toNanos(), budget.toNanos() / 10);
        long left = budget.toNanos() - (System.nanoTime() - startNanos) - margin;
        if (left <= 0) {
            return MethodsAnswer.declined(List.of());
        }
        Future<MethodsAnswer> look;
        try {
            look = executor.submit(() -> directory.liveMethods(userObjectId, deadline));
        } catch (RuntimeException rejected) {
            return MethodsAnswer.declined(List.of());
        }
        try {
            return look.get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException | ExecutionException e) {
            look.cancel(true);
            return MethodsAnswer.declined(List.of());
        } catch (InterruptedException e) {
            // The whole check was cut off; nobody waits for this verdict any more.
            look.cancel(true);
            Thread.currentThread().interrupt();
            return MethodsAnswer.declined(List.of());
        }
    }

    private static Duration since(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
