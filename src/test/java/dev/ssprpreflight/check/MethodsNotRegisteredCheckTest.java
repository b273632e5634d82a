package dev.ssprpreflight.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class MethodsNotRegisteredCheckTest {

    private final MethodsNotRegisteredCheck check = new MethodsNotRegisteredCheck();

    @Test
    void asksForLiveLookInsteadOfBlockingOnTheReportAlone() {
        var context = Facts.ready().reportSaysNotRegistered().context();

        assertThat(check.blocks(context)).isFalse();
        assertThat(check.wantsLiveMethods(context)).isTrue();
    }

    @ParameterizedTest(name = "live look shows [{0}]")
    @CsvSource(textBlock = """
            ''
            NOT_FOR_RESET
            """)
    void blocksWhenLiveLookConfirmsTheReport(String liveMethods) {
        var context = Facts.ready().reportSaysNotRegistered().liveMethods(liveMethods).context();

        assertThat(check.blocks(context)).isTrue();
        assertThat(check.wantsLiveMethods(context)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AuthMethod.class, names = "NOT_FOR_RESET", mode = EnumSource.Mode.EXCLUDE)
    void doesNotBlockWhenLiveLookShowsAMethod(AuthMethod method) {
        var context = Facts.ready().reportSaysNotRegistered().liveMethods(method.name()).context();

        assertThat(check.blocks(context)).isFalse();
    }

    @Test
    void countsSecurityQuestionsFromTheReportThatTheLiveLookCannotSee() {
        var context = Facts.ready().report(true, false, "SECURITY_QUESTIONS").liveMethods("").context();

        assertThat(check.blocks(context)).isFalse();
    }

    @Test
    void trustsPrefilledContactInfo() {
        var facts = Facts.ready().reportSaysNotRegistered().prefilledContactInfo();

        assertThat(check.wantsLiveMethods(facts.context())).isFalse();
        assertThat(check.blocks(facts.liveMethods("").context())).isFalse();
    }

    @Test
    void trustsReportThatSaysRegistered() {
        var facts = Facts.ready().report(true, true, "EMAIL");

        assertThat(check.wantsLiveMethods(facts.context())).isFalse();
        assertThat(check.blocks(facts.liveMethods("").context())).isFalse();
    }

    @Test
    void doesNotBlockUnknownUserOfTheReportWithoutLiveLook() {
        assertThat(check.blocks(Facts.ready().noReport().context())).isFalse();
    }
}
