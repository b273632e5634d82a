package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * docs/demo-tenant.md and the README show the demo file as it is. When the file changes, regenerate the doc's
 * tables with {@code ./mvnw test -Dtest=DemoTenantDocTest -Ddemo.docs.write=true} and commit both.
 */
class DemoTenantDocTest {

    /** Each doc with the tables it must show: the README keeps to organisations and users. */
    private static final Map<Path, Set<DemoTenantTables.Table>> DOCS = Map.of(
            Path.of("docs/demo-tenant.md"), EnumSet.allOf(DemoTenantTables.Table.class),
            Path.of("README.md"), EnumSet.of(DemoTenantTables.Table.ORGANISATIONS, DemoTenantTables.Table.USERS));

    private static final List<Path> DOC_PATHS = List.copyOf(DOCS.keySet());
    private static final String WRITE_PROPERTY = "demo.docs.write";

    @ParameterizedTest
    @FieldSource("DOC_PATHS")
    void docTablesMatchTheDemoFile(Path doc) throws IOException {
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        String expected = DemoTenantTables.fillIn(text, DemoFixtures.BUNDLED, DOCS.get(doc));

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
    void userTableShowsBlocksAndFindingsInTheirOwnColumns() {
        String table = DemoTenantTables.users(DemoFixtures.BUNDLED);

        assertThat(table.lines().findFirst()).hasValue(
                "| Username | Organisation | Outcome | Blocks | Findings (admins only) | What it shows |");
        assertThat(table).contains("| `allan.deyoung@contoso.example` | Contoso (demo) | BLOCKED | "
                + "`METHODS_NOT_REGISTERED`, `ACCOUNT_DISABLED`, `SSPR_NOT_ENABLED` | "
                + "`LICENSE_NOT_ASSIGNED`, `PROVISIONING_ERRORS` |");
        assertThat(table).contains("| `adele.vance@contoso.example` | Contoso (demo) | READY |  |  |");
    }

    @Test
    void policyTableShowsEachOrganisationsPolicyAndSubscriptions() {
        String table = DemoTenantTables.policies(DemoFixtures.BUNDLED);

        assertThat(table.lines()).hasSize(2 + DemoFixtures.BUNDLED.organisations().size());
        assertThat(table).contains("| Litware (demo) | 2 | `mobilePhone`, `email`, `microsoftAuthenticatorPush`, "
                + "`softwareOneTimePasscode` | group *SSPR pilot* | none declared | `AAD_PREMIUM` Enabled, 100 units: "
                + "AAD_PREMIUM |");
        assertThat(table).contains("| Woodgrove Bank (demo) | 1 | all | not declared: the report decides | none declared"
                + " | `AAD_PREMIUM` Suspended, 0 units (40 suspended or locked out): AAD_PREMIUM; `EXCHANGESTANDARD` Enabled, 0 units: "
                + "EXCHANGE_S_STANDARD |");
    }

    @Test
    void theReadmeNeedNotShowThePolicyTableButTheDemoDocMust() {
        String withoutPolicies = """
                <!-- generated:organisations -->
                <!-- /generated:organisations -->
                <!-- generated:users -->
                <!-- /generated:users -->
                """;

        assertThat(DemoTenantTables.fillIn(withoutPolicies, DemoFixtures.BUNDLED, DOCS.get(Path.of("README.md"))))
                .contains("| Username |").doesNotContain("| Methods required |");
        assertThatThrownBy(() -> DemoTenantTables.fillIn(withoutPolicies, DemoFixtures.BUNDLED,
                DOCS.get(Path.of("docs/demo-tenant.md")))).hasMessageContaining("generated:policies");
    }

    @Test
    void describesSyncAgesInWords() {
        assertThat(DemoTenantTables.ago(Duration.ofMinutes(20))).isEqualTo("20 minutes ago");
        assertThat(DemoTenantTables.ago(Duration.ofHours(1))).isEqualTo("1 hour ago");
        assertThat(DemoTenantTables.ago(Duration.ofDays(2))).isEqualTo("2 days ago");
        assertThat(DemoTenantTables.ago(Duration.ofMinutes(90))).isEqualTo("90 minutes ago");
    }
}
