package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * docs/demo-tenant.md and the README show the demo file as it is. When the file changes, regenerate the doc's
 * tables with {@code ./mvnw test -Dtest=DemoTenantDocTest -Ddemo.docs.write=true} and commit both.
 */
class DemoTenantDocTest {

    private static final List<Path> DOCS = List.of(Path.of("docs/demo-tenant.md"), Path.of("README.md"));
    private static final String WRITE_PROPERTY = "demo.docs.write";

    @ParameterizedTest
    @FieldSource("DOCS")
    void docTablesMatchTheDemoFile(Path doc) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String expected = DemoTenantTables.fillIn(text, DemoFixtures.BUNDLED);

        if (Boolean.getBoolean(WRITE_PROPERTY) && !expected.equals(text)) {
            Files.writeString(doc, expected, StandardCharsets.UTF_8);
            return;
        }
        assertThat(text).as("%s is out of date; rerun this test with -D%s=true and commit the result", doc,
                WRITE_PROPERTY).isEqualTo(expected);
    }

    @Test
    void userTableHasOneRowPerUser() {
        String table = DemoTenantTables.users(DemoFixtures.BUNDLED);

        assertThat(table.lines()).hasSize(2 + DemoFixtures.BUNDLED.users().size());
        DemoFixtures.BUNDLED.users().forEach(user -> assertThat(table).contains("| `" + user.upn() + "` |"));
    }

    @Test
    void describesSyncAgesInWords() {
        assertThat(DemoTenantTables.ago(Duration.ofMinutes(20))).isEqualTo("20 minutes ago");
        assertThat(DemoTenantTables.ago(Duration.ofHours(1))).isEqualTo("1 hour ago");
        assertThat(DemoTenantTables.ago(Duration.ofDays(2))).isEqualTo("2 days ago");
        assertThat(DemoTenantTables.ago(Duration.ofMinutes(90))).isEqualTo("90 minutes ago");
    }
}
