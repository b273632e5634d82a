package dev.ssprpreflight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReferenceCodeTest {

    @Test
    void codesAreTwoGroupsOfFourUnambiguousCharacters() {
        IntStream.range(0, 1000).mapToObj(i -> ReferenceCode.generate())
                .forEach(code -> assertThat(code).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"));
    }

    @Test
    void codesDoNotRepeat() {
        Set<String> codes = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> codes.add(ReferenceCode.generate()));

        assertThat(codes).hasSize(10_000);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "K7QM2XDA", "k7qm-2xda", "K7QM-2XDI", "K7QM-2XD", "K7QM-2XDAA" })
    void recognisesOnlyTheExactShape(String text) {
        assertThat(ReferenceCode.looksLikeOne(text)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({ "k7qm-2xda, K7QM-2XDA", "K7QM2XDA, K7QM-2XDA", "' k7qm 2xda ', K7QM-2XDA", "O1IL-0000, 0111-0000" })
    void readsCodesAsPeopleTypeThem(String typed, String code) {
        assertThat(ReferenceCode.parse(typed)).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "K7QM-2XD", "K7QM-2XDAA", "K7QM-2XDU", "<script>" })
    void refusesWhatCannotBeACode(String typed) {
        assertThat(ReferenceCode.parse(typed)).isEmpty();
    }
}
