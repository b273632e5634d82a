package dev.ssprpreflight.scan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A directory listing that a test scripts: its pages, its groups, a failure after some page, and a gate
 * before some page that holds the scan there until the test opens it, so that a test can look at a
 * running scan without timing.
 */
final class ScriptedListing implements TenantListing {

    private final List<List<ListedUser>> pages = new ArrayList<>();
    private final Map<String, List<Group>> groupsByName = new HashMap<>();
    private final Map<String, List<List<ListedUser>>> groupPages = new HashMap<>();
    private int failAfterPage = -1;
    private String failure;
    private int gatedPage = -1;
    final CountDownLatch reachedGate = new CountDownLatch(1);
    final CountDownLatch openGate = new CountDownLatch(1);
    /** Counted down when a listing has ended, however it ended. */
    final CountDownLatch finished = new CountDownLatch(1);
    final AtomicInteger listings = new AtomicInteger();

    ScriptedListing page(ListedUser... users) {
        pages.add(List.of(users));
        return this;
    }

    ScriptedListing group(String id, String name, ListedUser... members) {
        groupsByName.computeIfAbsent(name, n -> new ArrayList<>()).add(new Group(id, name));
        groupPages.put(id, List.of(List.of(members)));
        return this;
    }

    /** The listing fails with {@code message} once page {@code page} (from 0) was delivered. */
    ScriptedListing failAfter(int page, String message) {
        this.failAfterPage = page;
        this.failure = message;
        return this;
    }

    /** The listing waits before page {@code page} (from 0) until {@link #openGate} is counted down. */
    ScriptedListing gateBefore(int page) {
        this.gatedPage = page;
        return this;
    }

    @Override
    public List<Group> findGroups(String displayName) {
        return groupsByName.getOrDefault(displayName, List.of());
    }

    @Override
    public OptionalLong countUsers(ScanScope scope) {
        return OptionalLong.of(pagesOf(scope).stream().mapToLong(List::size).sum());
    }

    @Override
    public void forEachPage(ScanScope scope, PageHandler handler) throws ListingFailure, InterruptedException {
        listings.incrementAndGet();
        List<List<ListedUser>> scripted = pagesOf(scope);
        try {
            for (int i = 0; i < scripted.size(); i++) {
                if (i == gatedPage) {
                    reachedGate.countDown();
                    openGate.await();
                }
                handler.page(scripted.get(i));
                if (i == failAfterPage) {
                    throw new ListingFailure(failure);
                }
            }
        } finally {
            finished.countDown();
        }
    }

    private List<List<ListedUser>> pagesOf(ScanScope scope) {
        return scope.groupId().map(id -> groupPages.getOrDefault(id, List.of())).orElse(pages);
    }
}
