package dev.ssprpreflight.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The start-up benchmarks start the apps with the flags the image's recipe gives, read from the recipe. */
class ImageFlagsTest {

    /** An environment variable of that name in a Kubernetes manifest or a Bicep template. */
    private static final Pattern SETS_JAVA_OPTS_APPEND = Pattern.compile("name:\\s*['\"]?JAVA_OPTS_APPEND");

    @Test
    void theShippedRecipeGivesRunJavasCollectorAndItsOwnFlagsWithoutTheImagesDirectories() {
        assertThat(PackagedApp.IMAGE_FLAGS).startsWith(PackagedApp.RUN_JAVA_DEFAULT_GC)
                .contains("-XX:MaxRAMPercentage=75", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-Xms32m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1")
                .noneMatch(flag -> flag.startsWith("-Djava.io.tmpdir=") || flag.startsWith("-Dvertx.cacheDirBase=")
                        || flag.startsWith("-XX:SharedArchiveFile="));
    }

    @Test
    void theShippedRecipeTrainsTheArchiveItsJvmIsToldToUse() throws Exception {
        String recipe = Files.readString(PackagedApp.DOCKERFILE);

        assertThat(PackagedApp.imageTrainsAnArchive(PackagedApp.DOCKERFILE)).isTrue();
        assertThat(recipe).contains("RUN /deployments/cds-training.sh /deployments/quarkus-run.jar "
                + "/deployments/app-cds.jsa").contains("-XX:SharedArchiveFile=/deployments/app-cds.jsa\"");
    }

    @Test
    void noDeploymentManifestReplacesTheImagesJvmFlags() throws Exception {
        try (Stream<Path> manifests = Files.walk(Path.of("deploy"))) {
            assertThat(manifests.filter(Files::isRegularFile).filter(ImageFlagsTest::setsJavaOptsAppend))
                    .as("an override of JAVA_OPTS_APPEND drops the image's archive and compiler flags").isEmpty();
        }
    }

    private static boolean setsJavaOptsAppend(Path manifest) {
        try {
            return SETS_JAVA_OPTS_APPEND.matcher(Files.readString(manifest)).find();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aCollectorChosenInTheRecipeReplacesRunJavasDefault(@TempDir Path dir) throws Exception {
        Path recipe = Files.writeString(dir.resolve("Dockerfile"), """
                FROM example
                ENV GC_CONTAINER_OPTIONS="-XX:+UseSerialGC"
                ENV JAVA_OPTS_APPEND="-Djava.io.tmpdir=/tmp -XX:MaxRAMPercentage=60"
                """);

        assertThat(PackagedApp.imageFlags(recipe)).startsWith("-XX:+UseSerialGC")
                .doesNotContain(PackagedApp.RUN_JAVA_DEFAULT_GC).endsWith("-XX:MaxRAMPercentage=60")
                .containsAll(PackagedApp.RUN_JAVA_DEFAULTS);
    }
}
