package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import dev.ssprpreflight.web.UiLanguage;

/** Every language has every text of the journey, and no text that the code no longer uses. */
class MessageBundleParityTest {

    private static final Set<String> KEYS = Arrays.stream(JourneyMessages.class.getDeclaredMethods())
            .map(Method::getName).collect(Collectors.toUnmodifiableSet());

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void hasExactlyTheKeysOfTheBundle(UiLanguage language) throws IOException {
        Set<String> keys = load("messages/msg_" + language.code() + ".properties").stringPropertyNames();

        assertThat(KEYS).as("keys missing in msg_%s.properties", language.code()).isSubsetOf(keys);
        assertThat(keys).as("orphan keys in msg_%s.properties", language.code()).isSubsetOf(KEYS);
    }

    @ParameterizedTest
    @EnumSource(UiLanguage.class)
    void hasNoEmptyTexts(UiLanguage language) throws IOException {
        Properties texts = load("messages/msg_" + language.code() + ".properties");

        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
    }

    static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
