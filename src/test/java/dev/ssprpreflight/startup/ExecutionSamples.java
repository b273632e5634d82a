package dev.ssprpreflight.startup;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import dev.ssprpreflight.directory.graph.FigureTable;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The JFR execution samples of a recording (Java code only, every 10 ms per running thread with
 * {@code settings=profile}), counted per library anywhere on the stack (inclusive: the work done by or under it), per
 * library of the top frame (self), per class and per method of ours on the stack, per top frame and per thread; with
 * the JIT compilations' and the collections' time. Used by {@link StartupProfile} (until the first 200) and
 * {@link CheckCostBenchmark} (a saturation phase).
 */
final class ExecutionSamples {

    private final Map<String, Integer> inclusive = new HashMap<>();
    private final Map<String, Integer> self = new HashMap<>();
    private final Map<String, Integer> ours = new HashMap<>();
    private final Map<String, Integer> ourMethods = new HashMap<>();
    private final Map<String, Integer> threads = new HashMap<>();
    private final Map<String, Integer> topFrames = new HashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private int count;
    private double compileMillis;
    private double gcMillis;

    private ExecutionSamples() {
    }

    /** The samples and events of {@code jfr} that started at an instant {@code within} accepts. */
    static ExecutionSamples read(Path jfr, Predicate<Instant> within) throws IOException {
        ExecutionSamples samples = new ExecutionSamples();
        for (RecordedEvent event : RecordingFile.readAllEvents(jfr)) {
            if (within.test(event.getStartTime())) {
                samples.add(event);
            }
        }
        return samples;
    }

    private void add(RecordedEvent event) {
        switch (event.getEventType().getName()) {
            case "jdk.ExecutionSample" -> {
                if (event.getStackTrace() == null || event.getStackTrace().getFrames().isEmpty()) {
                    return;
                }
                count++;
                List<RecordedFrame> frames = event.getStackTrace().getFrames();
                RecordedFrame top = frames.get(0);
                self.merge(StartupProfile.library(top.getMethod().getType().getName()), 1, Integer::sum);
                topFrames.merge(readable(top.getMethod().getType().getName()) + "." + top.getMethod().getName(), 1,
                        Integer::sum);
                Set<String> libraries = new HashSet<>();
                Set<String> classes = new HashSet<>();
                Set<String> methods = new HashSet<>();
                List<String> stack = new ArrayList<>();
                for (RecordedFrame frame : frames) {
                    String type = frame.getMethod().getType().getName();
                    libraries.add(StartupProfile.library(type));
                    String method = readable(type) + "." + frame.getMethod().getName();
                    stack.add(method);
                    if (type.startsWith("dev.ssprpreflight.")) {
                        classes.add(readable(type));
                        methods.add(method);
                    }
                }
                libraries.forEach(l -> inclusive.merge(l, 1, Integer::sum));
                classes.forEach(c -> ours.merge(c, 1, Integer::sum));
                methods.forEach(m -> ourMethods.merge(m, 1, Integer::sum));
                var thread = event.getThread("sampledThread");
                String threadName = thread == null ? "?" : thread.getJavaName().replaceAll("[-#]?\\d+$", "-N");
                threads.merge(threadName, 1, Integer::sum);
                samples.add(new Sample(threadName, stack));
            }
            case "jdk.Compilation" -> compileMillis += event.getDuration().toNanos() / 1e6;
            case "jdk.GarbageCollection" -> gcMillis += event.getDuration().toNanos() / 1e6;
            default -> {
            }
        }
    }

    /**
     * A class's name without what the JVM and Quarkus generate around it: CDI subclasses and proxies, and the numbers
     * of lambda classes and REST invokers.
     */
    private static String readable(String type) {
        return type.replaceAll("_(Subclass|ClientProxy|Bean|Observer)\\b.*", "").replaceAll("\\$\\$Lambda\\$.*",
                "\\$\\$Lambda").replaceAll("\\$quarkusrestinvoker\\$(\\w+?)_[0-9a-f]{40}", "\\$quarkusrestinvoker\\$$1");
    }

    /** One execution sample: its thread (numbers replaced by N) and its frames as {@code class.method}, top first. */
    record Sample(String thread, List<String> frames) {

        /** Whether a frame's {@code class.method} starts with {@code prefix}. */
        boolean has(String prefix) {
            return frames.stream().anyMatch(frame -> frame.startsWith(prefix));
        }
    }

    /**
     * Logs the samples by area: each sample counts once, in the first area (in the map's order) that accepts it, else
     * in "other".
     */
    void logAreas(String name, Map<String, Predicate<Sample>> areas) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        areas.keySet().forEach(area -> counts.put(area, 0));
        counts.put("other", 0);
        for (Sample sample : samples) {
            String area = areas.entrySet().stream().filter(a -> a.getValue().test(sample)).map(Map.Entry::getKey)
                    .findFirst().orElse("other");
            counts.merge(area, 1, Integer::sum);
        }
        FigureTable table = new FigureTable().row("%s: samples by area (each in the first that applies)", name)
                .row("| Area | Samples | Share |").row("|---|---|---|");
        counts.forEach((area, n) -> table.row("| %s | %,d | %.1f %% |", area, n, count == 0 ? 0.0 : 100.0 * n / count));
        table.log();
    }

    int count() {
        return count;
    }

    /** The JIT compilations' time (compiler threads), ms. */
    double compileMillis() {
        return compileMillis;
    }

    /** The collections' time, ms. */
    double gcMillis() {
        return gcMillis;
    }

    /** Logs the tables per library (inclusive, self), class of ours, top frame and thread. */
    void log(String name) {
        table(name + ": samples with the library anywhere on the stack (inclusive)", "Library", inclusive);
        table(name + ": samples by the top frame's library (self)", "Library", self);
        table(name + ": samples with a class of ours on the stack (inclusive)", "Class", ours);
        table(name + ": samples by top frame (self)", "Method", topFrames);
        table(name + ": samples by thread", "Thread", threads);
    }

    /** Logs the table per method of ours on the stack (inclusive). */
    void logOurMethods(String name) {
        table(name + ": samples with a method of ours on the stack (inclusive)", "Method", ourMethods);
    }

    private void table(String title, String what, Map<String, Integer> counts) {
        FigureTable table = new FigureTable().row("%s, top %d", title, StartupProfile.TOP)
                .row("| %s | Samples | Share |", what).row("|---|---|---|");
        StartupProfile.top(counts).forEach(e -> table.row("| %s | %,d | %.1f %% |", e.getKey(), e.getValue(),
                count == 0 ? 0.0 : 100.0 * e.getValue() / count));
        table.log();
    }
}
