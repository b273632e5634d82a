package dev.ssprpreflight.directory.demo;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** Object ids for the demo's users, groups and organisations, which the file leaves out. */
final class DemoObjectIds {

    private DemoObjectIds() {
    }

    /** A stable GUID derived from a name, so that ids survive restarts without cluttering the file. */
    static String of(String kind, String name) {
        return UUID.nameUUIDFromBytes(("demo-" + kind + ":" + name).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
