package dev.ssprpreflight.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The image's training start ({@code src/main/docker/cds-training.sh}) on the package this build made: it writes a
 * class-data sharing archive, and a start told to use it ({@code -Xshare:on}, which refuses to start without a usable
 * archive) maps the application's own classes from it and answers the first page. Runs in {@code ./mvnw verify}
 * (Failsafe, after {@code package}).
 */
class CdsTrainingIT {

    private static final Path PACKAGE = Path.of("target/quarkus-app/quarkus-run.jar");

    @Test
    void theTrainingStartWritesAnArchiveThatAStartMapsOurClassesFrom(@TempDir Path dir) throws Exception {
        // Beside the jar, where the benchmarks' starts (PackagedApp) find it, as the image's JVM finds its own.
        Path archive = PACKAGE.resolveSibling(PackagedApp.ARCHIVE);
        Files.deleteIfExists(archive);
        PackagedApp.train(PACKAGE, archive);
        assertThat(archive).isNotEmptyFile();

        Path classes = dir.resolve("class-load.log");
        try (OidcDiscoveryStub oidc = OidcDiscoveryStub.start();
                PackagedApp.Running app = PackagedApp.sspr(PACKAGE, oidc).start(dir,
                        List.of("-Xshare:on", "-Xlog:class+load:file=" + classes))) {
            app.awaitFirst200(Duration.ofSeconds(60));

            assertThat(Files.readAllLines(classes)).as("classes of ours mapped from the trained archive")
                    .anyMatch(line -> line.contains(" dev.ssprpreflight.journey.JourneyResource ")
                            && line.contains("source: shared objects file (top)"));
        }
    }
}
