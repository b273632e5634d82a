package dev.ssprpreflight.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed SSPR history file stops the application with a message naming the file, the visit and the field. */
class DemoHistoryLoaderTest {

    private static final String FILE = "test-history.yaml";

    /** One valid visit; each test breaks one line of it. */
    private static final String VISIT = """
            visits:
              - user: adele.vance@contoso.example
                checkedAgo: PT2H
                events:
                  - { after: PT1M, step: User submitted their user ID }
                  - { after: PT5M, activity: Reset password (self-service) }
            """;

    @Test
    void loadsAValidFile() {
        DemoSsprHistory history = DemoHistoryLoader.parse(FILE, VISIT, DemoFixtures.BUNDLED);

        assertThat(history.visits()).singleElement().satisfies(visit -> {
            assertThat(visit.events()).extracting(DemoSsprHistory.Event::activityDisplayName).containsExactly(
                    "Self-service password reset flow activity progress", "Reset password (self-service)");
            assertThat(visit.events()).extracting(DemoSsprHistory.Event::result).containsOnly("success");
        });
    }

    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            user: adele.vance@contoso.example | user: ada@contoso.example               | visit #1 'ada@contoso.example': field 'user': no user 'ada@contoso.example'
            checkedAgo: PT2H                  | # checkedAgo left out                   | visit #1 'adele.vance@contoso.example': 'checkedAgo' is missing
            checkedAgo: PT2H                  | checkedAgo: two hours                   | visit #1 'adele.vance@contoso.example': field 'checkedAgo'
            checkedAgo: PT2H                  | checkedAgo: -PT2H                       | visit #1 'adele.vance@contoso.example': field 'checkedAgo': PT-2H lies in the future
            after: PT5M                       | after: PT3H                             | visit #1 'adele.vance@contoso.example': field 'events[1].after': PT3H lies after the application's start
            after: PT5M                       | after: PT0S                             | visit #1 'adele.vance@contoso.example': field 'events[1].after': PT0S comes before the check or the event before it
            activity: Reset password (self-service) | activity: Reset pasword (self-service) | visit #1 'adele.vance@contoso.example': field 'events[1].activity' 'Reset pasword (self-service)' is not one of
            activity: Reset password (self-service) | activity: Reset password (self-service), result: failed | field 'events[1].result' 'failed' is not one of [failure, success, timeout]
            step: User submitted their user ID | step: User submitted their user ID, activity: Blocked from self-service password reset | visit #1 'adele.vance@contoso.example': field 'events[0]': exactly one of 'step' and 'activity'
            step: User submitted their user ID | step: User submitted their user ID, stepp: x | unknown field 'stepp'
            """)
    void rejectsAMalformedVisit(String line, String broken, String message) {
        String yaml = VISIT.replace(line, broken);
        assertThat(yaml).as("the test breaks the file").isNotEqualTo(VISIT);

        assertThatThrownBy(() -> DemoHistoryLoader.parse(FILE, yaml, DemoFixtures.BUNDLED))
                .isInstanceOf(DemoFileException.class)
                .hasMessageStartingWith("Demo tenant file " + FILE + ": ")
                .hasMessageContaining(message);
    }

    @Test
    void rejectsAnotherTopLevelKey() {
        assertThatThrownBy(() -> DemoHistoryLoader.parse(FILE, VISIT.replace("visits:", "visit:"), DemoFixtures.BUNDLED))
                .isInstanceOf(DemoFileException.class)
                .hasMessage("Demo tenant file " + FILE + ": unknown top-level key 'visit'; expected [visits]");
    }

    @Test
    void rejectsAFileThatIsNotYaml() {
        assertThatThrownBy(() -> DemoHistoryLoader.parse(FILE, "visits: [ { user: ", DemoFixtures.BUNDLED))
                .isInstanceOf(DemoFileException.class)
                .hasMessageContaining(FILE + ": is not valid YAML");
    }

    @Test
    void theBundledFileLoads() {
        assertThat(DemoFixtures.BUNDLED.history().visits()).hasSizeGreaterThanOrEqualTo(10);
    }
}
