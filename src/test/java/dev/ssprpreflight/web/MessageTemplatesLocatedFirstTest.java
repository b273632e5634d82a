package dev.ssprpreflight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.Variant;
import io.quarkus.qute.runtime.MessageBundleRecorder.MessageInfo;

class MessageTemplatesLocatedFirstTest {

    /** Stands in for Quarkus's locator of template files (default priority): records each id it is asked for. */
    private final List<String> askedForAFile = new ArrayList<>();

    private final TemplateLocator files = id -> {
        askedForAFile.add(id);
        if (!id.equals("JourneyResource/form")) {
            return Optional.empty();
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                return new StringReader("<h1>{msg:formTitle}</h1>");
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.empty();
            }
        });
    };

    private final Engine engine = Engine.builder().addDefaults().addLocator(files)
            .addLocator(new MessageTemplatesLocatedFirst(Map.of(
                    "msg_formTitle", new MessageInfo("qute-java://dev.ssprpreflight.journey.JourneyMessages#formTitle",
                            "Forgot your password, {name}?"),
                    "msg_de_formTitle", new MessageInfo(null, "Passwort vergessen, {name}?"))))
            .build();

    @Test
    void aMessageIsFoundWithoutAskingForAFile() {
        assertThat(engine.getTemplate("msg_de_formTitle").data("name", "Ada").render())
                .isEqualTo("Passwort vergessen, Ada?");
        assertThat(engine.getTemplate("msg_formTitle").data("name", "Ada").render())
                .isEqualTo("Forgot your password, Ada?");
        assertThat(askedForAFile).isEmpty();
    }

    @Test
    void aPageIsStillFoundAsAFile() {
        assertThat(engine.getTemplate("JourneyResource/form")).isNotNull();
        assertThat(askedForAFile).containsExactly("JourneyResource/form");
    }

    @Test
    void anIdThatIsNoMessageIsLeftToTheOtherLocators() {
        assertThat(engine.getTemplate("msg_noSuchKey")).isNull();
        assertThat(askedForAFile).containsExactly("msg_noSuchKey");
    }

    @Test
    void aMessagesSourceIsKeptForQutesErrorMessages() {
        MessageTemplatesLocatedFirst located = new MessageTemplatesLocatedFirst(Map.of("msg_formTitle",
                new MessageInfo("qute-java://dev.ssprpreflight.journey.JourneyMessages#formTitle", "Title")));

        assertThat(located.locate("msg_formTitle").orElseThrow().getSource()).hasValueSatisfying(
                source -> assertThat(source).hasToString("qute-java://dev.ssprpreflight.journey.JourneyMessages#formTitle"));
    }
}
