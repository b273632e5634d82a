package dev.ssprpreflight.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.scan.FlaggedUser;
import dev.ssprpreflight.scan.ScanStore;

class FlaggedFilterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "null       | BLOCKED",
            "'  '       | BLOCKED",
            "blocked    | BLOCKED",
            "findings   | FINDINGS_ONLY",
            "' findings'| FINDINGS_ONLY",
    })
    void theListIsTheBlockedUsersUnlessTheFindingsOnlyAreAskedFor(String list, FlaggedUser.Standing standing) {
        FlaggedFilter filter = new FlaggedFilter(list, null, null, null);

        assertThat(filter.toQuery(50).query()).contains(
                new ScanStore.FlaggedQuery(standing, Optional.empty(), Optional.empty(), 0, 50));
        assertThat(filter.standing()).isEqualTo(standing);
    }

    @Test
    void anyReasonFiltersEitherListRetiredCodesToo() {
        assertThat(new FlaggedFilter("findings", "SYNC_LATE", " anna ", "2").toQuery(50).query()).contains(
                new ScanStore.FlaggedQuery(FlaggedUser.Standing.FINDINGS_ONLY, Optional.of(Reason.SYNC_LATE),
                        Optional.of("anna"), 1, 50));
        assertThat(new FlaggedFilter(null, "ADMIN_WRITEBACK_UNSUPPORTED", null, null).toQuery(50).query())
                .hasValueSatisfying(query -> assertThat(query.reason()).contains(Reason.ADMIN_WRITEBACK_UNSUPPORTED));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "everyone | null       | null | LIST",
            "FINDINGS | null       | null | LIST",
            "blocked  | DROP TABLE | null | REASON",
            "findings | null       | 0    | PAGE",
    })
    void refusesBadInputWhole(String list, String reason, String page, FlaggedFilter.Problem problem) {
        FlaggedFilter filter = new FlaggedFilter(list, reason, null, page);

        FlaggedFilter.Parsed parsed = filter.toQuery(50);

        assertThat(parsed.query()).isEmpty();
        assertThat(parsed.problems()).containsExactly(problem);
    }

    @Test
    void anUnknownListIsShownAsTheBlockedUsersBesideItsProblem() {
        assertThat(new FlaggedFilter("everyone", null, null, null).standing()).isEqualTo(FlaggedUser.Standing.BLOCKED);
        assertThat(new FlaggedFilter("findings", "DROP TABLE", null, null).standing())
                .isEqualTo(FlaggedUser.Standing.FINDINGS_ONLY);
    }
}
