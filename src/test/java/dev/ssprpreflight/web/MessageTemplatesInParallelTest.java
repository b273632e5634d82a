package dev.ssprpreflight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.Engine;
import io.quarkus.qute.TemplateLocator.TemplateLocation;
import io.quarkus.qute.Variant;

class MessageTemplatesInParallelTest {

    private final Map<String, AtomicInteger> reads = new ConcurrentHashMap<>();

    private final Engine engine = Engine.builder().addDefaults().addLocator(id -> Optional.of(new TemplateLocation() {
        @Override
        public Reader read() {
            reads.computeIfAbsent(id, any -> new AtomicInteger()).incrementAndGet();
            return new StringReader("Hello {name}, message " + id);
        }

        @Override
        public Optional<Variant> getVariant() {
            return Optional.empty();
        }
    })).build();

    private final List<String> ids = IntStream.range(0, 10).mapToObj(i -> "msg_en_key" + i).toList();

    @Test
    void parsesFromTheEndUntilItMeetsATemplateTheOtherThreadParsed() {
        engine.getTemplate("msg_en_key4");

        int parsed = MessageTemplatesInParallel.parseUntilOneIsLoaded(engine, List.of("msg_en_key9", "msg_en_key8",
                "msg_en_key7", "msg_en_key6", "msg_en_key5", "msg_en_key4", "msg_en_key3"));

        assertThat(parsed).isEqualTo(5);
        assertThat(reads).containsOnlyKeys("msg_en_key4", "msg_en_key5", "msg_en_key6", "msg_en_key7", "msg_en_key8",
                "msg_en_key9");
        assertThat(engine.isTemplateLoaded("msg_en_key3")).isFalse();
    }

    @Test
    void withTheStartsOwnLoopEveryTemplateIsParsedExactlyOnce() {
        List<String> fromTheEnd = new ArrayList<>(ids);
        Collections.reverse(fromTheEnd);
        CompletableFuture<Integer> helper = CompletableFuture
                .supplyAsync(() -> MessageTemplatesInParallel.parseUntilOneIsLoaded(engine, fromTheEnd));
        ids.forEach(engine::getTemplate);
        int parsedByTheHelper = helper.join();

        assertThat(reads).containsOnlyKeys(ids);
        assertThat(reads.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        assertThat(parsedByTheHelper).isBetween(0, ids.size());
        assertThat(engine.getTemplate("msg_en_key9").data("name", "Adele").render())
                .isEqualTo("Hello Adele, message msg_en_key9");
    }

    @Test
    void leavesATemplateThatDoesNotParseToTheStartsOwnLoop() {
        Engine broken = Engine.builder().addDefaults().addLocator(id -> Optional.of(new TemplateLocation() {
            @Override
            public Reader read() {
                return new StringReader(id.equals("msg_en_key8") ? "{#if}unclosed" : "fine");
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.empty();
            }
        })).build();

        int parsed = MessageTemplatesInParallel.parseUntilOneIsLoaded(broken, List.of("msg_en_key9", "msg_en_key8",
                "msg_en_key7"));

        assertThat(parsed).isEqualTo(1);
        assertThat(broken.isTemplateLoaded("msg_en_key7")).isFalse();
    }
}
