package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed demo file stops the application with a message naming the file and the entry. */
class DemoFileLoaderTest {

    private static final String FILE = "test-tenant.yaml";

    private static final String ORGANISATIONS = """
            organisations:
              - name: Contoso
                domains: [contoso.example]
                allowedToUseSspr: true
            """;

    /** One valid user; each test breaks one line of it. */
    private static final String USER = """
              - upn: ann@contoso.example
                name: Ann
                shows: a user
                expect: READY
                report: { ssprEnabled: true, registered: true, methods: [email], updatedAgo: PT6H }
            """;

    @Test
    void loadsAValidFile() {
        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER);

        assertThat(tenant.userByUpn("ann@contoso.example")).isPresent();
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            name: Ann                 | name: Ann\\n    acountEnabled: false | user #1 'ann@contoso.example': unknown field 'acountEnabled'
            shows: a user             | # shows left out           | user #1 'ann@contoso.example': 'shows' is missing
            expect: READY             | expect: BLOKED [GUEST_ACCOUNT] | user #1 'ann@contoso.example': field 'expect': 'BLOKED' is not one of
            expect: READY             | expect: BLOCKED            | user #1 'ann@contoso.example': field 'expect': BLOCKED needs reasons
            expect: READY             | expect: BLOCKED [GUEST]    | 'GUEST' is not one of
            expect: READY             | expect: UNKNOWN_USER       | users who are not in the file are the unknown ones
            updatedAgo: PT6H          | updatedAgo: six hours      | user #1 'ann@contoso.example': field 'report.updatedAgo'
            updatedAgo: PT6H          | updatedAgo: -PT6H          | user #1 'ann@contoso.example': updatedAgo PT-6H lies in the future
            methods: [email]          | methods: [emial]           | user #1 'ann@contoso.example': 'emial' is not a method name the demo knows
            expect: READY             | expect: READY\\n    roles: [global-admin] | user #1 'ann@contoso.example': roles 'global-admin' is not a GUID
            expect: READY             | expect: READY\\n    userType: Visitor | user #1 'ann@contoso.example': field 'userType'
            """)
    void namesTheUserAndTheProblem(String validLine, String brokenLine, String expectedMessage) {
        String brokenUser = USER.replace(validLine, brokenLine.replace("\\n", "\n"));
        assertThat(brokenUser).as("the test must actually break the user").isNotEqualTo(USER);

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + brokenUser))
                .isInstanceOf(DemoFileException.class)
                .hasMessageStartingWith("Demo tenant file " + FILE + ": ")
                .hasMessageContaining(expectedMessage);
    }

    @Test
    void rejectsAnUnknownPlanState() {
        String user = USER + """
                    assignedPlans:
                      - { servicePlanId: 41781fb2-bc02-4b7c-bd55-b576c07bb09d, capabilityStatus: Enabeld }
                """;

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + user))
                .hasMessageContaining("user #1 'ann@contoso.example': capabilityStatus 'Enabeld' is not one of");
    }

    @Test
    void rejectsTheSameUserTwiceEvenInAnotherCase() {
        String twice = USER + USER.replace("ann@contoso.example", "ANN@Contoso.example");

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + twice))
                .hasMessageContaining("user 'ANN@Contoso.example' appears twice");
    }

    @Test
    void rejectsAUserWhoseDomainNoOrganisationOwns() {
        String stranger = USER.replace("ann@contoso.example", "ann@elsewhere.example");

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + stranger))
                .hasMessageContaining("user 'ann@elsewhere.example': no organisation owns the domain elsewhere.example");
    }

    @Test
    void rejectsAFederatedDomainTheOrganisationDoesNotOwn() {
        String organisations = ORGANISATIONS + "    federatedDomains: [fabrikam.example]\n";

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, organisations + "users:\n" + USER))
                .hasMessageContaining("organisation 'Contoso': federated domain fabrikam.example is not one of its domains");
    }

    @Test
    void namesTheOrganisationWithAMissingField() {
        String organisations = ORGANISATIONS.replace("    allowedToUseSspr: true\n", "");

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, organisations + "users:\n" + USER))
                .hasMessageContaining("organisation #1 'Contoso': 'allowedToUseSspr' is missing");
    }

    @Test
    void rejectsTextThatIsNotYaml() {
        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, "users: [unclosed"))
                .isInstanceOf(DemoFileException.class)
                .hasMessageStartingWith("Demo tenant file " + FILE + ": is not valid YAML");
    }

    @Test
    void rejectsAnUnknownTopLevelKey() {
        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "user:\n" + USER))
                .hasMessageContaining("unknown top-level key 'user'");
    }

    @Test
    void namesTheGroupWithAMemberWhoIsNotAUser() {
        String groups = "groups:\n  - name: Finance\n    members: [ann@contoso.example, bob@contoso.example]\n";

        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER + groups))
                .isInstanceOf(DemoFileException.class)
                .hasMessageContaining("group 'Finance': no user bob@contoso.example");
    }

    @Test
    void loadsGroups() {
        String groups = "groups:\n  - name: Finance\n    members: [ann@contoso.example]\n";

        DemoTenant tenant = DemoFileLoader.parse(FILE, ORGANISATIONS + "users:\n" + USER + groups);

        assertThat(tenant.groups()).singleElement().satisfies(
                group -> assertThat(tenant.membersOf(group)).extracting(DemoTenantFile.User::upn)
                        .containsExactly("ann@contoso.example"));
    }

    @Test
    void rejectsAFileWithoutUsers() {
        assertThatThrownBy(() -> DemoFileLoader.parse(FILE, ORGANISATIONS))
                .hasMessageContaining("'users' must be a non-empty list");
    }

    @Test
    void namesAMissingResource() {
        assertThatThrownBy(() -> DemoFileLoader.loadResource("demo/no-such-file.yaml"))
                .isInstanceOf(DemoFileException.class)
                .hasMessage("Demo tenant file demo/no-such-file.yaml: not found on the classpath");
    }
}
