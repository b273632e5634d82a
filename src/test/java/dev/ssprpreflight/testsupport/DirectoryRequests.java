package dev.ssprpreflight.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Singleton;

/** The usernames the directory was asked about, in order, as {@link RecordingDirectory} saw them. */
@Singleton
public class DirectoryRequests {

    private final List<String> lookups = new CopyOnWriteArrayList<>();

    void record(String userPrincipalName) {
        lookups.add(userPrincipalName);
    }

    /** Every username looked up since the last {@link #clear()}. */
    public List<String> lookups() {
        return List.copyOf(lookups);
    }

    public void clear() {
        lookups.clear();
    }
}
