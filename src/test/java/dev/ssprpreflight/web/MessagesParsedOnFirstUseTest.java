package dev.ssprpreflight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.runtime.MessageBundleRecorder.MessageInfo;

class MessagesParsedOnFirstUseTest {

    /** Every template the engine parses, by id, in order (a parser hook sees each parse). */
    private final List<String> parsed = new CopyOnWriteArrayList<>();

    private final Engine engine = Engine.builder().addDefaults()
            .addParserHook(parser -> parsed.add(parser.getTemplateId())).build();

    private final Map<String, MessageInfo> messages = Map.of(
            "msg_formTitle", new MessageInfo(null, "Forgot your password, {name}?"),
            "msg_de_formTitle", new MessageInfo(null, "Passwort vergessen, {name}?"),
            "msg_de_broken", new MessageInfo(null, "Passwort {#if}"));

    @Test
    void theMessagesAreLoadedWithoutBeingParsed() {
        MessagesParsedOnFirstUse.putUnparsed(engine, messages);

        assertThat(messages.keySet()).allSatisfy(id -> assertThat(engine.isTemplateLoaded(id)).isTrue());
        assertThat(engine.getTemplate("msg_de_formTitle").getId()).isEqualTo("msg_de_formTitle");
        assertThat(parsed).isEmpty();
    }

    @Test
    void aMessageIsParsedOnceAtItsFirstRender() {
        MessagesParsedOnFirstUse.putUnparsed(engine, messages);

        Template message = engine.getTemplate("msg_de_formTitle");
        assertThat(message.instance().data("name", "Ada").render()).isEqualTo("Passwort vergessen, Ada?");
        assertThat(message.instance().data("name", "Grace").render()).isEqualTo("Passwort vergessen, Grace?");
        assertThat(engine.getTemplate("msg_formTitle").data("name", "Ada").render())
                .isEqualTo("Forgot your password, Ada?");

        assertThat(parsed).containsExactly("msg_de_formTitle", "msg_formTitle");
    }

    @Test
    void threadsThatRenderTheSameNewMessageAtOnceParseItOnce() throws Exception {
        MessagesParsedOnFirstUse.putUnparsed(engine, messages);
        Template message = engine.getTemplate("msg_formTitle");
        ExecutorService threads = Executors.newFixedThreadPool(8);
        CountDownLatch together = new CountDownLatch(1);
        try {
            List<Future<String>> renders = IntStream.range(0, 8).mapToObj(i -> threads.submit(() -> {
                together.await();
                return message.data("name", "user" + i).render();
            })).toList();
            together.countDown();
            Map<String, Boolean> rendered = new ConcurrentHashMap<>();
            for (Future<String> render : renders) {
                rendered.put(render.get(), true);
            }
            assertThat(rendered).hasSize(8);
        } finally {
            threads.shutdownNow();
        }
        assertThat(parsed).containsExactly("msg_formTitle");
    }

    @Test
    void aTemplateAlreadyLoadedIsKept() {
        Template loaded = engine.parse("Already {here}", null, "msg_formTitle");
        engine.putTemplate("msg_formTitle", loaded);

        MessagesParsedOnFirstUse.putUnparsed(engine, messages);

        assertThat(engine.getTemplate("msg_formTitle")).isSameAs(loaded);
    }

    @Test
    void aMessageThatDoesNotParseFailsWhereItIsUsedSayingWhich() {
        MessagesParsedOnFirstUse.putUnparsed(engine, messages);

        Template broken = engine.getTemplate("msg_de_broken");
        assertThatThrownBy(() -> broken.data("x", 1).render())
                .isInstanceOf(TemplateException.class).hasMessageContaining("msg_de_broken");
        assertThat(engine.getTemplate("msg_de_formTitle").data("name", "Ada").render())
                .isEqualTo("Passwort vergessen, Ada?");
    }
}
