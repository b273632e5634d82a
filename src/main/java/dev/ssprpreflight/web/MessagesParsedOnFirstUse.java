package dev.ssprpreflight.web;

import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;

import io.quarkus.qute.Engine;
import io.quarkus.qute.EngineBuilder;
import io.quarkus.qute.EngineBuilder.EngineListener;
import io.quarkus.qute.runtime.MessageBundleRecorder.BundleContext;
import io.quarkus.qute.runtime.MessageBundleRecorder.MessageInfo;

/**
 * Takes the parsing of the messages out of the start (issue 17). Quarkus parses every message of every bundle and
 * language as a Qute template during the start, one after the other on the main thread (its
 * {@code MessageBundles.preloadMessageTemplates}, an observer of the new {@link Engine}): about a thousand templates,
 * 730 KB of text, the largest single step of our start. That parse checks nothing new: Quarkus has parsed and
 * validated every message in the build already, and a message that does not parse fails the build. So, as soon as
 * the engine is built, a stand-in ({@link MessageTemplate}) goes under each message's id; the start's loop finds them
 * all loaded, and each message is parsed when it is first rendered, in a page or a log line: a page's first view in a
 * language parses the few dozen messages it shows, some milliseconds.
 */
class MessagesParsedOnFirstUse {

    void putTheMessagesInTheEngineUnparsed(@Observes EngineBuilder builder, Instance<BundleContext> bundles) {
        if (!bundles.isResolvable()) {
            return;
        }
        Map<String, MessageInfo> messages = bundles.get().getMessageTemplates();
        builder.addEngineListener(new EngineListener() {
            @Override
            public void engineBuilt(Engine engine) {
                putUnparsed(engine, messages);
            }
        });
    }

    /** Puts a stand-in for each of {@code messages} (by id) into {@code engine}, where none is loaded yet. */
    static void putUnparsed(Engine engine, Map<String, MessageInfo> messages) {
        messages.forEach((id, message) -> {
            if (!engine.isTemplateLoaded(id)) {
                engine.putTemplate(id, new MessageTemplate(engine, id, message.content));
            }
        });
    }
}
