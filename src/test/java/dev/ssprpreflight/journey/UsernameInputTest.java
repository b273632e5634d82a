package dev.ssprpreflight.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.ssprpreflight.journey.UsernameInput.Problem;

class UsernameInputTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "anna@contoso.com",
            "o'brien@contoso.com",
            "björn.öberg@contoso.se",
            "alex_partner.example#EXT#@contoso.onmicrosoft.com",
            "$admin@contoso.com",
            "first+tag@contoso.com",
            "Mixed.Case@Contoso.COM",
            "田中@例え.jp"
    })
    void acceptsUserPrincipalNamesAsEntraAllowsThem(String upn) {
        assertThat(UsernameInput.parse(upn).input()).map(UsernameInput::upn).contains(upn);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''                                           | EMPTY",
            "'   '                                        | EMPTY",
            "'anna'                                       | NOT_A_UPN",
            "'anna@contoso'                               | NOT_A_UPN",
            "'@contoso.com'                               | NOT_A_UPN",
            "'anna@@contoso.com'                          | NOT_A_UPN",
            "'anna smith@contoso.com'                     | NOT_A_UPN",
            "'<script>alert(1)</script>@contoso.com'      | NOT_A_UPN",
            "'x'' or 1 eq 1 or userPrincipalName eq ''y'  | NOT_A_UPN",
            "'../../etc/passwd@contoso.com'               | NOT_A_UPN",
            "'anna\"@contoso.com'                         | NOT_A_UPN",
    })
    void refusesWhatIsNotAUserPrincipalName(String raw, Problem expected) {
        assertThat(UsernameInput.parse(raw).problem()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "anna\u0000@contoso.com", "anna\r\n@contoso.com", "an\u0007na@contoso.com",
            "anna\u200B@contoso.com", "anna\u2028x@contoso.com" })
    void refusesControlCharacters(String raw) {
        assertThat(UsernameInput.parse(raw).problem()).contains(Problem.CONTROL_CHARACTERS);
    }

    @ParameterizedTest
    @CsvSource({ "113, true", "114, false" })
    void acceptsAtMost113Characters(int length, boolean accepted) {
        String domain = "@contoso.com";
        String upn = "a".repeat(length - domain.length()) + domain;
        assertThat(UsernameInput.parse(upn).input().isPresent()).isEqualTo(accepted);
        if (!accepted) {
            assertThat(UsernameInput.parse(upn).problem()).contains(Problem.TOO_LONG);
        }
    }

    @ParameterizedTest
    @CsvSource({ "'  anna@contoso.com\t', anna@contoso.com" })
    void trimsSurroundingWhitespace(String raw, String expected) {
        assertThat(UsernameInput.parse(raw).input()).map(UsernameInput::upn).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = { "bjo\u0308rn@contoso.se" })
    void normalisesToNfcSoThatComposedAndDecomposedLettersAreOneName(String decomposed) {
        assertThat(UsernameInput.parse(decomposed).input()).map(UsernameInput::upn).contains("björn@contoso.se");
    }

    @ParameterizedTest
    @CsvSource({ "Anna.Berg@Contoso.COM, anna.berg@contoso.com" })
    void normalisedFormIsLowerCase(String raw, String expected) {
        assertThat(UsernameInput.parse(raw).input()).map(UsernameInput::normalised).contains(expected);
    }
}
