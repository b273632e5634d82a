package dev.ssprpreflight.web;

import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import io.quarkus.qute.StringTemplateLocation;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.runtime.MessageBundleRecorder.BundleContext;
import io.quarkus.qute.runtime.MessageBundleRecorder.MessageInfo;

/**
 * Hands Qute a message template straight from the message bundles, before Quarkus's locator of template files asks
 * for it (issue 17). Quarkus's own message locator comes after that one, which looks for each message's id as a file
 * under {@code templates/}, with and without each of its four suffixes, through the whole chain of class loaders,
 * the JDK's modules included: five misses for each of the thousand messages the start parses. A message's id
 * ({@code msg_de_formTitle}) names no file of ours, so nothing that was found before is found differently now.
 */
@Singleton
class MessageTemplatesLocatedFirst implements TemplateLocator {

    private final Map<String, MessageInfo> messages;

    MessageTemplatesLocatedFirst(Instance<BundleContext> bundles) {
        this(bundles.isResolvable() ? bundles.get().getMessageTemplates() : Map.of());
    }

    MessageTemplatesLocatedFirst(Map<String, MessageInfo> messages) {
        this.messages = messages;
    }

    /** Before Quarkus's file locator, which has the default priority; higher goes first. */
    @Override
    public int getPriority() {
        return DEFAULT_PRIORITY + 1;
    }

    @Override
    public Optional<TemplateLocation> locate(String id) {
        MessageInfo message = messages.get(id);
        if (message == null) {
            return Optional.empty();
        }
        return Optional.of(new StringTemplateLocation(message.content, Optional.empty(),
                Optional.ofNullable(message.parseSource())));
    }
}
