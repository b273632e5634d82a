package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ssprpreflight.check.Reason;
import dev.ssprpreflight.journey.PortalCodeInput.Kind;

/**
 * The codes page reads a code however a person types it, and knows each code of Microsoft's table
 * (troubleshoot-sspr.md, "SSPR errors that a user might see"; the support articles on SSPR_009 and SSPR_0029).
 */
class PortalCodeInputTest {

    /** Microsoft's table, number to our reason (null: texts of our own), as the issue and DESIGN.md map them. */
    private static final Map<Integer, Reason> TABLE = new HashMap<>();

    static {
        TABLE.put(9, Reason.SSPR_NOT_ENABLED);
        TABLE.put(10, Reason.WRITEBACK_NOT_ENABLED);
        TABLE.put(11, Reason.SSPR_NOT_ENABLED);
        TABLE.put(12, Reason.LICENSE_MISSING);
        TABLE.put(13, Reason.SSPR_NOT_ENABLED);
        TABLE.put(14, Reason.METHODS_NOT_REGISTERED);
        TABLE.put(29, null);
        TABLE.put(30, null);
    }

    /** Every numbered code in every spelling people use: the portal's, the support articles', typed by hand. */
    static Stream<Arguments> numberedSpellings() {
        List<Arguments> spellings = new ArrayList<>();
        for (int number : TABLE.keySet()) {
            for (String spelling : List.of("SSPR_%04d", "SSPR_%03d", "SSPR_%d", "%04d", "%03d", "%d", "sspr_%04d",
                    "Sspr_%04d", "SSPR_ %04d", "sspr %d", "sspr%d", " SSPR-%04d ", "SSPR__00%d", "S S P R _ %04d",
                    "\u00a0SSPR_%04d\u00a0")) {
                spellings.add(Arguments.of(String.format(spelling, number), number));
            }
            // A Japanese keyboard's full-width letters and digits.
            spellings.add(Arguments.of(toFullWidth(String.format("SSPR_%04d", number)), number));
        }
        return spellings.stream();
    }

    @ParameterizedTest(name = "\"{0}\" is code {1}")
    @MethodSource("numberedSpellings")
    void everySpellingOfANumberedCodeIsKnown(String typed, int number) {
        PortalCodeInput input = PortalCodeInput.read(typed);

        assertThat(input.kind()).isEqualTo(Kind.KNOWN);
        assertThat(input.code()).hasValueSatisfying(code -> {
            assertThat(code.number()).hasValue(number);
            assertThat(code.reason().orElse(null)).isEqualTo(TABLE.get(number));
        });
    }

    @ParameterizedTest
    @EnumSource(PortalCode.class)
    void everyEnumNameOfTheTableIsKnownInAnyLetterCaseAndSpacing(PortalCode code) {
        String name = code.microsoftName();

        for (String typed : List.of(name, name.toLowerCase(), name.toUpperCase(), " " + name + " ",
                name.replaceAll("([a-z])([A-Z])", "$1 $2"))) {
            assertThat(PortalCodeInput.read(typed).code()).as(typed).hasValue(code);
        }
    }

    @Test
    void theCatalogueHoldsExactlyTheTableAndTheCodeWithoutANumber() {
        assertThat(PortalCode.values()).extracting(code -> code.number().orElse(-1))
                .containsExactlyInAnyOrderElementsOf(withNoNumber(TABLE.keySet()));
        assertThat(PortalCode.byMicrosoftName("OnPremisesSuccessCloudFailure"))
                .hasValue(PortalCode.ON_PREMISES_SUCCESS_CLOUD_FAILURE);
        assertThat(PortalCode.ON_PREMISES_SUCCESS_CLOUD_FAILURE.number()).isEmpty();
    }

    @Test
    void aCodeIsShownAsThePortalPrintsIt() {
        assertThat(PortalCode.TENANT_SSPR_FLAG_DISABLED.shown()).isEqualTo("SSPR_0009");
        assertThat(PortalCode.ON_PREMISES_CONNECTIVITY_ERROR.shown()).isEqualTo("SSPR_0030");
        assertThat(PortalCode.ON_PREMISES_SUCCESS_CLOUD_FAILURE.shown()).isEqualTo("OnPremisesSuccessCloudFailure");
    }

    @Test
    void everyCodeHasEitherAReasonOrTextsAndALinkOfItsOwn() {
        for (PortalCode code : PortalCode.values()) {
            assertThat(code.reason().isPresent()).as("%s: reason xor own texts", code)
                    .isNotEqualTo(code.ownExplanation().isPresent());
            assertThat(code.ownLink().isPresent()).as("%s: own texts come with a link", code)
                    .isEqualTo(code.ownExplanation().isPresent());
        }
    }

    @Test
    void onlyTheCodesAdministratorsAlsoGetForAReasonOfTheirOwnCarryTheNeutralLine() {
        assertThat(PortalCode.values()).filteredOn(code -> code.adminNote().isPresent())
                .containsExactlyInAnyOrder(PortalCode.TENANT_SSPR_FLAG_DISABLED, PortalCode.USER_NOT_PROPERLY_CONFIGURED);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = { "   ", "\u00a0", " _ - " })
    void nothingTypedIsEmpty(String typed) {
        assertThat(PortalCodeInput.read(typed).kind()).isEqualTo(Kind.EMPTY);
    }

    /** Could be a code, but none of Microsoft's: "we do not know this code", never an error. */
    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = { "letters", "SSPR_", "SSPR", "SSPR_99999", "99999", "0", "SSPR_0", "SSPR_0000",
            "SSPR_0015", "SSPR_0009x", "9.5", "\u0661\u0664", "\uD83D\uDE00", "SSPR_\uD83D\uDE00",
            "<script>alert(1)</script>", "UserNotProperly", "TenantSSPRFlagDisabledX",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" })
    void anythingElseThatCouldBeACodeIsUnknown(String typed) {
        PortalCodeInput input = PortalCodeInput.read(typed);

        assertThat(input.kind()).isEqualTo(Kind.UNKNOWN);
        assertThat(input.code()).isEmpty();
    }

    /** No code is this long or holds control or format characters: the page's 400. */
    @ParameterizedTest(name = "{index}")
    @MethodSource("notCodes")
    void inputThatCannotBeACodeIsNotACode(String typed) {
        PortalCodeInput input = PortalCodeInput.read(typed);

        assertThat(input.kind()).isEqualTo(Kind.NOT_A_CODE);
        assertThat(input.code()).isEmpty();
    }

    static Stream<String> notCodes() {
        return Stream.of("x".repeat(41), "SSPR_0014".repeat(56).substring(0, 500), "SSPR_0014" + " ".repeat(40) + "x",
                "SSPR_\n0014", "SSPR_0014\r\nSet-Cookie: x=1", "SSPR\u00000014", "SSPR\t0014", "SSPR\u200B0014",
                "\u202ESSPR_0014", "\uFEFFSSPR_0014");
    }

    private static List<Integer> withNoNumber(Set<Integer> numbers) {
        List<Integer> all = new ArrayList<>(numbers);
        all.add(-1);
        return all;
    }

    private static String toFullWidth(String ascii) {
        StringBuilder wide = new StringBuilder();
        ascii.chars().forEach(c -> wide.append((char) (c + 0xFEE0)));
        return wide.toString();
    }
}
