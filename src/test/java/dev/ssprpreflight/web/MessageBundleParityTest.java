package dev.ssprpreflight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import dev.ssprpreflight.admin.AdminMessages;
import dev.ssprpreflight.admin.AttemptMessages;
import dev.ssprpreflight.admin.DashboardMessages;
import dev.ssprpreflight.admin.FunnelMessages;
import dev.ssprpreflight.admin.HealthMessages;
import dev.ssprpreflight.admin.ReasonAdviceMessages;
import dev.ssprpreflight.admin.ScanMessages;
import dev.ssprpreflight.journey.CodesMessages;
import dev.ssprpreflight.journey.JourneyMessages;
import dev.ssprpreflight.journey.ReasonMessages;
import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every language has every text of the journey and the console, and no text the code no longer uses. */
class MessageBundleParityTest {

    /** Every {@code @MessageBundle} interface of the application, found in its classes so that a new one is covered. */
    private static final List<Class<?>> BUNDLES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("dev.ssprpreflight").stream()
            .filter(type -> type.isAnnotatedWith(MessageBundle.class)).map(JavaClass::reflect)
            .sorted(Comparator.comparing(Class::getName)).collect(Collectors.toUnmodifiableList());

    private static final String CONSOLE = "dev.ssprpreflight.admin";

    /** Quarkus 3.33 generates a broken bundle class past 300 keys (quarkusio/quarkus#55584). */
    private static final int KEY_LIMIT = 300;

    static Stream<Arguments> bundlesAndLanguages() {
        return BUNDLES.stream().flatMap(bundle -> Arrays
                .stream(UiLanguage.values()).map(language -> Arguments.of(bundle, language)));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void hasExactlyTheKeysOfTheBundle(Class<?> bundle, UiLanguage language) throws IOException {
        Set<String> expected = keys(bundle);
        String file = file(bundle, language);

        Set<String> keys = load(file).stringPropertyNames();

        assertThat(expected).as("keys missing in %s", file).isSubsetOf(keys);
        assertThat(keys).as("orphan keys in %s", file).isSubsetOf(expected);
    }

    /**
     * Quarkus 3.33 splits the generated bundle past 300 keys and the split class fails verification at start
     * (quarkusio/quarkus#55584): a new page gets a bundle of its own before that (see HealthMessages).
     */
    @Test
    void everyBundleStaysWithinTheKeysQuarkusGeneratesCorrectly() {
        for (Class<?> bundle : BUNDLES) {
            assertThat(keys(bundle)).as("keys of %s", bundle.getSimpleName()).hasSizeLessThanOrEqualTo(KEY_LIMIT);
        }
    }

    /**
     * The console's texts are split by page so that no bundle comes near the limit: each console bundle declares
     * fewer than 300 messages, counting a method that takes an enum once per constant (a key each).
     */
    @Test
    void everyConsoleBundleHasFewerThan300Messages() {
        List<Class<?>> console = BUNDLES.stream().filter(bundle -> bundle.getPackageName().startsWith(CONSOLE))
                .toList();

        assertThat(console).contains(AdminMessages.class, DashboardMessages.class, AttemptMessages.class,
                ScanMessages.class, FunnelMessages.class, HealthMessages.class, ReasonAdviceMessages.class);
        assertThat(console).allSatisfy(bundle -> {
            long messages = Arrays.stream(bundle.getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Message.class)).count();
            assertThat(messages).as("messages of %s", bundle.getSimpleName()).isPositive().isLessThan(KEY_LIMIT);
            assertThat(keys(bundle)).as("keys of %s", bundle.getSimpleName()).hasSizeLessThan(KEY_LIMIT);
        });
    }

    @Test
    void findsTheBundlesOfTheJourneyToo() {
        assertThat(BUNDLES).contains(JourneyMessages.class, ReasonMessages.class, CodesMessages.class);
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("bundlesAndLanguages")
    void hasNoEmptyTexts(Class<?> bundle, UiLanguage language) throws IOException {
        Properties texts = load(file(bundle, language));

        assertThat(texts.stringPropertyNames()).allSatisfy(key -> assertThat(texts.getProperty(key)).isNotBlank());
    }

    /**
     * A method's name is its key; a method that takes one enum instead has a key per constant,
     * {@code method_$CONSTANT} (Quarkus's enum message keys; "_$" because the constants hold underscores).
     */
    private static Set<String> keys(Class<?> bundle) {
        return Arrays.stream(bundle.getDeclaredMethods()).flatMap(method -> {
            Class<?>[] parameters = method.getParameterTypes();
            if (parameters.length == 1 && parameters[0].isEnum()) {
                return Arrays.stream(parameters[0].getEnumConstants())
                        .map(constant -> method.getName() + "_$" + ((Enum<?>) constant).name());
            }
            return Stream.of(method.getName());
        }).collect(Collectors.toUnmodifiableSet());
    }

    private static String file(Class<?> bundle, UiLanguage language) {
        String name = bundle.getAnnotation(MessageBundle.class).value();
        return "messages/" + name + "_" + language.code() + ".properties";
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundleParityTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
