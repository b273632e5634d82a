package dev.ssprpreflight.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.quarkus.logging.Log;
import io.quarkus.qute.Engine;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EngineBuilder.EngineListener;
import io.quarkus.qute.runtime.MessageBundleRecorder.BundleContext;

/**
 * Takes more than half of the start's message parsing to a second core (issue 17). Quarkus parses every message of
 * every bundle and language as a Qute template during the start, one after the other on the main thread (its
 * {@code MessageBundles.preloadMessageTemplates}, an observer of the new {@link Engine}): about a thousand templates,
 * 730 KB of text, the largest single step of our start. As soon as the engine is built (before Quarkus parses the
 * page templates, then the messages), a thread of our own parses the same list from its end, while Quarkus's loop,
 * when it comes, goes on from the start; each stops where the other has been. Every template is still parsed once
 * (the engine keeps them in a concurrent map and parses a missing one inside {@code computeIfAbsent}), and the start
 * still waits for all of them, in Quarkus's own loop. A template that fails to parse here is left to that loop, which
 * fails the start with its error as before.
 */
class MessageTemplatesInParallel {

    void parseTheMessagesOnAnotherThread(@Observes EngineBuilder builder, Instance<BundleContext> bundles) {
        if (!bundles.isResolvable()) {
            return;
        }
        List<String> fromTheEnd = new ArrayList<>(bundles.get().getMessageTemplates().keySet());
        Collections.reverse(fromTheEnd);
        builder.addEngineListener(new EngineListener() {
            @Override
            public void engineBuilt(Engine engine) {
                Thread helper = new Thread(() -> {
                    int parsed = parseUntilOneIsLoaded(engine, fromTheEnd);
                    Log.debugf("%d of the %d message templates parsed beside the start", parsed, fromTheEnd.size());
                }, "message-templates");
                helper.setDaemon(true);
                helper.start();
            }
        });
    }

    /**
     * Parses the templates {@code ids} names, in order, until one is already loaded (the other thread has been there);
     * answers how many it parsed.
     */
    static int parseUntilOneIsLoaded(Engine engine, List<String> ids) {
        int parsed = 0;
        for (String id : ids) {
            if (engine.isTemplateLoaded(id)) {
                break;
            }
            try {
                engine.getTemplate(id);
            } catch (RuntimeException e) {
                Log.debugf(e, "Message template %s left to the start's own parse", id);
                break;
            }
            parsed++;
        }
        return parsed;
    }
}
